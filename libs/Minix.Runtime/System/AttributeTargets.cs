namespace System;

/// <summary>What an attribute may be applied to.</summary>
[Flags]
public enum AttributeTargets
{
    /// <summary>An assembly.</summary>
    Assembly = 0x0001,
    /// <summary>A module.</summary>
    Module = 0x0002,
    /// <summary>A class.</summary>
    Class = 0x0004,
    /// <summary>A struct.</summary>
    Struct = 0x0008,
    /// <summary>An enum.</summary>
    Enum = 0x0010,
    /// <summary>A constructor.</summary>
    Constructor = 0x0020,
    /// <summary>A method.</summary>
    Method = 0x0040,
    /// <summary>A property.</summary>
    Property = 0x0080,
    /// <summary>A field.</summary>
    Field = 0x0100,
    /// <summary>An event.</summary>
    Event = 0x0200,
    /// <summary>An interface.</summary>
    Interface = 0x0400,
    /// <summary>A parameter.</summary>
    Parameter = 0x0800,
    /// <summary>A delegate.</summary>
    Delegate = 0x1000,
    /// <summary>A return value.</summary>
    ReturnValue = 0x2000,
    /// <summary>A generic parameter.</summary>
    GenericParameter = 0x4000,
    /// <summary>Anything.</summary>
    All = 0x7FFF,
}
