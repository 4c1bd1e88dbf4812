namespace Image.Programs.Fuzz;

/// <summary>The boot slots and message types of the fuzzing image (fuzz.conf gives each its privileges).</summary>
public static class FuzzImage
{
    /// <summary>The fuzzer: basic kernel calls only, no ports, no IRQs, IPC to its peer only.</summary>
    public const int FuzzerSlot = 4;

    /// <summary>The fuzzer's cooperating peer: it answers every message and wakes the fuzzer up.</summary>
    public const int PeerSlot = 5;

    /// <summary>The witness: after the fuzzer is done it shows the machine still works, then ends the boot.</summary>
    public const int WitnessSlot = 6;

    /// <summary>The fuzzer's last message to the peer (with <see cref="FinishedMagic"/> in the payload).</summary>
    public const int FinishedType = 0x4655_5A5A;

    /// <summary>Payload that marks the finished message, so no random message can be taken for it.</summary>
    public const ulong FinishedMagic = 0x4655_5A5A_444F_4E45;

    /// <summary>Message type the witness uses for its round trips with the peer.</summary>
    public const int EchoType = 0x4543;

    /// <summary>Calls made when the command line gives no <c>fuzz.calls=</c>.</summary>
    public const long DefaultCalls = 100_000;
}
