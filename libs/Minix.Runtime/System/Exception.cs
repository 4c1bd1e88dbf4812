using Minix.Runtime;
using Minix.Runtime.Exceptions;

namespace System;

/// <summary>
/// The base of every exception. In a program a throw unwinds to the nearest catch clause that takes it; in the
/// kernel and in drivers it ends the process through the fault hook, reporting <see cref="Kind"/> and
/// <see cref="Message"/>.
/// </summary>
public class Exception
{
    private readonly string _message;
    private readonly Exception _innerException;

    // Code addresses of the frames the exception passed through, innermost first.
    private nint[] _stackTrace;
    private int _stackTraceCount;
    private bool _fixedStackTrace;

    /// <summary>Creates an exception with no message.</summary>
    public Exception()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public Exception(string message) => _message = message;

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public Exception(string message, Exception innerException)
    {
        _message = message;
        _innerException = innerException;
    }

    /// <summary>What went wrong; without a message, .NET's sentence naming the type.</summary>
    public virtual string Message => _message ?? "Exception of type '" + TypeName + "' was thrown.";

    /// <summary>The exception that caused this one, if any.</summary>
    public Exception InnerException => _innerException;

    /// <summary>The fault kind the image reports when this exception ends a process.</summary>
    public virtual FaultKind Kind => FaultKind.Exception;

    /// <summary>
    /// The frames the exception passed through, one line each (<c>   at Namespace.Type.Method in File.cs:line 12</c>),
    /// or null if it was never thrown.
    /// </summary>
    public virtual string StackTrace => _stackTraceCount == 0 ? null : StackTraceText.Format(_stackTrace, _stackTraceCount);

    /// <summary>The innermost exception of the chain of causes.</summary>
    /// <returns>The exception.</returns>
    public virtual Exception GetBaseException()
    {
        Exception inner = this;
        while (inner._innerException is not null)
            inner = inner._innerException;
        return inner;
    }

    /// <summary>The type's full name, the message, the causes and the stack, as .NET writes them.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string message = Message;
        string text = string.IsNullOrEmpty(message) ? TypeName : TypeName + ": " + message;
        if (_innerException is not null)
            text = text + " ---> " + _innerException.ToString() + "\n   --- End of inner exception stack trace ---";
        string trace = StackTrace;
        return trace is null ? text : text + "\n" + trace;
    }

    private string TypeName => GetType().FullName;

    internal void RestartStackTrace() => _stackTraceCount = 0;

    internal int CopyStackFrames(Span<nint> frames)
    {
        int count = Math.Min(frames.Length, _stackTraceCount);
        for (int i = 0; i < count; i++)
            frames[i] = _stackTrace[i];
        return count;
    }

    // The exception thrown when the heap is exhausted records its frames without allocating: into room set aside
    // in advance, dropping what does not fit.
    internal void ReserveStackTrace(int capacity)
    {
        _stackTrace = new nint[capacity];
        _fixedStackTrace = true;
    }

    internal void AppendStackFrame(nint address)
    {
        if (_fixedStackTrace && _stackTraceCount == _stackTrace.Length)
            return;
        if (_stackTrace is null || _stackTraceCount == _stackTrace.Length)
        {
            var larger = new nint[_stackTrace is null ? 16 : _stackTrace.Length * 2];
            for (int i = 0; i < _stackTraceCount; i++)
                larger[i] = _stackTrace[i];
            _stackTrace = larger;
        }

        _stackTrace[_stackTraceCount++] = address;
    }
}
