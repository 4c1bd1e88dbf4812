namespace System;

/// <summary>Marks an API that should no longer be used.</summary>
[AttributeUsage(AttributeTargets.All)]
public sealed class ObsoleteAttribute : Attribute
{
    /// <summary>Marks an API obsolete.</summary>
    public ObsoleteAttribute()
    {
    }

    /// <summary>Marks an API obsolete with a message.</summary>
    /// <param name="message">Why, and what to use instead.</param>
    public ObsoleteAttribute(string message) => Message = message;

    /// <summary>Why, and what to use instead.</summary>
    public string Message { get; }
}
