using System.Collections;
using System.Collections.Generic;

namespace System;

/// <summary>A cursor over a string's code units.</summary>
public sealed class CharEnumerator : IEnumerator<char>
{
    private readonly string _text;
    private int _index;

    internal CharEnumerator(string text)
    {
        _text = text;
        _index = -1;
    }

    /// <summary>The code unit at the cursor.</summary>
    public char Current => _text[_index];

    object IEnumerator.Current => Current;

    /// <summary>Moves to the next code unit.</summary>
    /// <returns>False past the end.</returns>
    public bool MoveNext()
    {
        if (_index + 1 >= _text.Length)
        {
            _index = _text.Length;
            return false;
        }

        _index++;
        return true;
    }

    /// <summary>Moves back before the first code unit.</summary>
    public void Reset() => _index = -1;

    /// <summary>Nothing to release.</summary>
    public void Dispose()
    {
    }
}
