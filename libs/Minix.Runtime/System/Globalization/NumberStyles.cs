namespace System.Globalization;

/// <summary>What a number's text may contain when parsed (values as .NET's).</summary>
[Flags]
public enum NumberStyles
{
    /// <summary>Digits only.</summary>
    None = 0,
    /// <summary>Leading white space.</summary>
    AllowLeadingWhite = 1,
    /// <summary>Trailing white space.</summary>
    AllowTrailingWhite = 2,
    /// <summary>A leading sign.</summary>
    AllowLeadingSign = 4,
    /// <summary>A trailing sign.</summary>
    AllowTrailingSign = 8,
    /// <summary>Parentheses for a negative number.</summary>
    AllowParentheses = 16,
    /// <summary>A decimal point.</summary>
    AllowDecimalPoint = 32,
    /// <summary>Group separators.</summary>
    AllowThousands = 64,
    /// <summary>An exponent.</summary>
    AllowExponent = 128,
    /// <summary>A currency symbol.</summary>
    AllowCurrencySymbol = 256,
    /// <summary>Hexadecimal digits.</summary>
    AllowHexSpecifier = 512,
    /// <summary>Binary digits.</summary>
    AllowBinarySpecifier = 1024,
    /// <summary>White space and a leading sign.</summary>
    Integer = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign,
    /// <summary>White space and hexadecimal digits.</summary>
    HexNumber = AllowLeadingWhite | AllowTrailingWhite | AllowHexSpecifier,
    /// <summary>Integer, a decimal point and group separators.</summary>
    Number = Integer | AllowTrailingSign | AllowDecimalPoint | AllowThousands,
    /// <summary>Integer, a decimal point and an exponent.</summary>
    Float = Integer | AllowDecimalPoint | AllowExponent,
    /// <summary>Number with parentheses and a currency symbol.</summary>
    Currency = Number | AllowParentheses | AllowCurrencySymbol,
    /// <summary>Everything but hexadecimal and binary.</summary>
    Any = Currency | AllowExponent,
}
