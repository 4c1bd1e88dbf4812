namespace System.Globalization;

/// <summary>The Unicode general category of a character (values as .NET's).</summary>
public enum UnicodeCategory
{
    /// <summary>Lu.</summary>
    UppercaseLetter = 0,
    /// <summary>Ll.</summary>
    LowercaseLetter = 1,
    /// <summary>Lt.</summary>
    TitlecaseLetter = 2,
    /// <summary>Lm.</summary>
    ModifierLetter = 3,
    /// <summary>Lo.</summary>
    OtherLetter = 4,
    /// <summary>Mn.</summary>
    NonSpacingMark = 5,
    /// <summary>Mc.</summary>
    SpacingCombiningMark = 6,
    /// <summary>Me.</summary>
    EnclosingMark = 7,
    /// <summary>Nd.</summary>
    DecimalDigitNumber = 8,
    /// <summary>Nl.</summary>
    LetterNumber = 9,
    /// <summary>No.</summary>
    OtherNumber = 10,
    /// <summary>Zs.</summary>
    SpaceSeparator = 11,
    /// <summary>Zl.</summary>
    LineSeparator = 12,
    /// <summary>Zp.</summary>
    ParagraphSeparator = 13,
    /// <summary>Cc.</summary>
    Control = 14,
    /// <summary>Cf.</summary>
    Format = 15,
    /// <summary>Cs.</summary>
    Surrogate = 16,
    /// <summary>Co.</summary>
    PrivateUse = 17,
    /// <summary>Pc.</summary>
    ConnectorPunctuation = 18,
    /// <summary>Pd.</summary>
    DashPunctuation = 19,
    /// <summary>Ps.</summary>
    OpenPunctuation = 20,
    /// <summary>Pe.</summary>
    ClosePunctuation = 21,
    /// <summary>Pi.</summary>
    InitialQuotePunctuation = 22,
    /// <summary>Pf.</summary>
    FinalQuotePunctuation = 23,
    /// <summary>Po.</summary>
    OtherPunctuation = 24,
    /// <summary>Sm.</summary>
    MathSymbol = 25,
    /// <summary>Sc.</summary>
    CurrencySymbol = 26,
    /// <summary>Sk.</summary>
    ModifierSymbol = 27,
    /// <summary>So.</summary>
    OtherSymbol = 28,
    /// <summary>Cn.</summary>
    OtherNotAssigned = 29,
}
