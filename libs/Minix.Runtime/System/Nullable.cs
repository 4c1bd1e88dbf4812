namespace System;

/// <summary>A value type that may also hold no value (<c>T?</c>).</summary>
/// <typeparam name="T">The underlying value type.</typeparam>
public struct Nullable<T>
    where T : struct
{
    private readonly bool hasValue;
    internal T value;

    /// <summary>Wraps a value.</summary>
    /// <param name="value">The value.</param>
    public Nullable(T value)
    {
        this.value = value;
        hasValue = true;
    }

    /// <summary>Whether there is a value.</summary>
    public readonly bool HasValue => hasValue;

    /// <summary>The value; reading it when there is none is a fault.</summary>
    /// <exception cref="InvalidOperationException">There is no value.</exception>
    public readonly T Value
    {
        get
        {
            if (!hasValue)
                throw new InvalidOperationException("Nullable object must have a value.");
            return value;
        }
    }

    /// <summary>The value, or the default of <typeparamref name="T"/>.</summary>
    /// <returns>The value or default.</returns>
    public readonly T GetValueOrDefault() => value;

    /// <summary>The value, or <paramref name="defaultValue"/>.</summary>
    /// <param name="defaultValue">What to return when there is no value.</param>
    /// <returns>The value or <paramref name="defaultValue"/>.</returns>
    public readonly T GetValueOrDefault(T defaultValue) => hasValue ? value : defaultValue;

    /// <summary>Wraps a value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Nullable<T>(T value) => new Nullable<T>(value);

    /// <summary>Unwraps a value.</summary>
    /// <param name="value">The nullable.</param>
    public static explicit operator T(Nullable<T> value) => value.Value;
}
