namespace System;

/// <summary>Walks the characters of a string.</summary>
public struct CharEnumerator
{
    private readonly string _text;
    private int _index;

    internal CharEnumerator(string text)
    {
        _text = text;
        _index = -1;
    }

    /// <summary>The current character.</summary>
    public readonly char Current => _text[_index];

    /// <summary>Moves to the next character.</summary>
    /// <returns>False past the end.</returns>
    public bool MoveNext()
    {
        if (_index + 1 >= _text.Length)
            return false;
        _index++;
        return true;
    }
}
