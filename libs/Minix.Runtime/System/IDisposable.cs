namespace System;

/// <summary>Something a <c>using</c> statement releases.</summary>
public interface IDisposable
{
    /// <summary>Releases the resource.</summary>
    void Dispose();
}
