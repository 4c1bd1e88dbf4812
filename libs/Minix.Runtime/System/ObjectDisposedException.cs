namespace System;

/// <summary>A call on an object after it was disposed.</summary>
public class ObjectDisposedException : InvalidOperationException
{
    private readonly string _objectName;

    /// <summary>Creates the exception for an object.</summary>
    /// <param name="objectName">The object's type name.</param>
    public ObjectDisposedException(string objectName)
        : this(objectName, "Cannot access a disposed object.")
    {
    }

    /// <summary>Creates the exception for an object, with a message.</summary>
    /// <param name="objectName">The object's type name.</param>
    /// <param name="message">What went wrong.</param>
    public ObjectDisposedException(string objectName, string message)
        : base(message)
    {
        _objectName = objectName;
    }

    /// <summary>The disposed object's name.</summary>
    public string ObjectName => _objectName ?? "";

    /// <summary>The message, then the object's name on a line of its own, as .NET writes it.</summary>
    public override string Message => string.IsNullOrEmpty(_objectName) ? base.Message : base.Message + "\nObject name: '" + _objectName + "'.";

    /// <summary>Throws if <paramref name="condition"/> holds.</summary>
    /// <param name="condition">Whether the object is disposed.</param>
    /// <param name="instance">The object.</param>
    public static void ThrowIf(bool condition, object instance)
    {
        if (condition)
            throw new ObjectDisposedException(instance?.GetType().FullName);
    }
}
