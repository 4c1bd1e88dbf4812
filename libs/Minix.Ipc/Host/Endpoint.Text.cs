namespace Minix.Ipc;

public readonly partial struct Endpoint
{
    /// <summary>A readable form for logs and test output: <c>ANY</c>, <c>HARDWARE</c>, or <c>slot 5 gen 2</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value switch
    {
        AnyValue => "ANY",
        NoneValue => "NONE",
        SelfValue => "SELF",
        -4 => "IDLE",
        -3 => "CLOCK",
        -2 => "SYSTEM",
        -1 => "HARDWARE",
        _ => Generation == 0 ? $"slot {Slot}" : $"slot {Slot} gen {Generation}",
    };
}
