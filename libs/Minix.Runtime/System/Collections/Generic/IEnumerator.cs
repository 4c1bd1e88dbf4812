namespace System.Collections.Generic;

/// <summary>A cursor over a sequence.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface IEnumerator<out T> : IEnumerator, IDisposable
{
    /// <summary>The element at the cursor.</summary>
    new T Current { get; }
}
