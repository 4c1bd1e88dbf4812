namespace System;

/// <summary>A value type that may have no value.</summary>
/// <typeparam name="T">The value type.</typeparam>
public struct Nullable<T>
    where T : struct
{
    // Layout contract with ILC (boxing reads hasValue, then value at the type's value offset).
    private readonly bool hasValue;
    internal T value;

    /// <summary>A nullable holding <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public Nullable(T value)
    {
        this.value = value;
        hasValue = true;
    }

    /// <summary>Whether there is a value.</summary>
    public readonly bool HasValue => hasValue;

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">There is none.</exception>
    public readonly T Value
    {
        get
        {
            if (!hasValue)
                throw new InvalidOperationException("Nullable object must have a value.");
            return value;
        }
    }

    /// <summary>The value, or default.</summary>
    /// <returns>The value.</returns>
    public readonly T GetValueOrDefault() => value;

    /// <summary>The value, or <paramref name="defaultValue"/>.</summary>
    /// <param name="defaultValue">What to return without a value.</param>
    /// <returns>The value.</returns>
    public readonly T GetValueOrDefault(T defaultValue) => hasValue ? value : defaultValue;

    /// <summary>Equal when both are empty or the values are equal.</summary>
    /// <param name="other">The other object.</param>
    /// <returns>True if equal.</returns>
    public override bool Equals(object other) => !hasValue ? other is null : other is not null && value.Equals(other);

    /// <summary>The value's hash, or 0.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => hasValue ? value.GetHashCode() : 0;

    /// <summary>The value's text, or "".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => hasValue ? value.ToString() : "";

    /// <summary>Wraps a value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Nullable<T>(T value) => new Nullable<T>(value);

    /// <summary>Unwraps the value.</summary>
    /// <param name="value">The nullable.</param>
    public static explicit operator T(Nullable<T> value) => value.Value;
}
