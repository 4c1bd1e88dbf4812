namespace System.Collections.Generic;

/// <summary>A typed cursor over a sequence.</summary>
/// <typeparam name="T">The element type.</typeparam>
public interface IEnumerator<out T> : IEnumerator, IDisposable
{
    /// <summary>The current element.</summary>
    new T Current { get; }
}
