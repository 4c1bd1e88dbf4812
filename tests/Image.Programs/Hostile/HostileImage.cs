using System.Runtime.InteropServices;
using Minix.Ipc;

namespace Image.Programs.Hostile;

/// <summary>
/// The hostile image's slots, messages and attacks (hostile.conf gives each process its privileges): a user program
/// tries one attack per incarnation, the warden starts the next incarnation when the kernel has ended the last, and
/// a witness shows afterwards that the system and the data it granted are intact.
/// </summary>
public static class HostileImage
{
    /// <summary>The warden: the privilege manager (the reincarnation server's slot).</summary>
    public const int WardenSlot = 2;

    /// <summary>The witness: owns the data and the grant the attacks must not touch.</summary>
    public const int WitnessSlot = 4;

    /// <summary>The holder: a system process the witness granted its data to.</summary>
    public const int HolderSlot = 5;

    /// <summary>The hostile program's first incarnation (later ones get dynamic slots).</summary>
    public const int HostileSlot = 10;

    /// <summary>Hostile to warden: which attack do I try? The reply carries an <see cref="AttackOrder"/>.</summary>
    public const int AskAttack = 0x4841;

    /// <summary>Warden to witness: the attacks are over, check. The reply's type is the number of failed checks.</summary>
    public const int CheckNow = 0x4842;

    /// <summary>Witness to holder: copy the granted data and answer its checksum (in a <see cref="Checksum"/>).</summary>
    public const int CopyGrant = 0x4843;

    /// <summary>Bytes the witness grants.</summary>
    public const int DataBytes = 4096;

    /// <summary>A physical page just past the 4 GiB the kernel maps of physical memory: the warden grants it to the
    /// witness, and the kernel must refuse to map it (it could not copy to or from it).</summary>
    public const ulong PastDirectMap = 4UL << 30;

    /// <summary>The attacks, in the order the warden hands them out; <see cref="HostileProgram"/> has each one's code.</summary>
    public static ReadOnlySpan<byte> Names =>
        "cli hlt in out int-0x80 int-14 swapgs load-kernel-text store-kernel-text jump-kernel-text load-direct-map store-direct-map jump-direct-map load-non-canonical store-non-canonical jump-non-canonical execute-stack "u8;

    /// <summary>How many attacks there are.</summary>
    public static int Count
    {
        get
        {
            int count = 0;
            foreach (byte b in Names)
                count += b == (byte)' ' ? 1 : 0;
            return count;
        }
    }

    /// <summary>The name of attack <paramref name="index"/>.</summary>
    public static ReadOnlySpan<byte> Name(int index)
    {
        ReadOnlySpan<byte> rest = Names;
        for (int i = 0; i < index && rest.Length > 0; i++)
            rest = rest.Slice(rest.IndexOf((byte)' ') + 1);
        int space = rest.IndexOf((byte)' ');
        return space < 0 ? rest : rest.Slice(0, space);
    }

    /// <summary>The data the witness grants: a pattern any change shows in.</summary>
    public static byte Pattern(int i) => (byte)(i * 31 + 7);

    /// <summary>A checksum that any changed byte changes.</summary>
    public static ulong Sum(ReadOnlySpan<byte> data)
    {
        ulong sum = 1469598103934665603UL;
        foreach (byte b in data)
            sum = (sum ^ b) * 1099511628211UL;
        return sum;
    }
}

/// <summary>The warden's answer to <see cref="HostileImage.AskAttack"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 4)]
public struct AttackOrder : IMessagePayload
{
    /// <summary>The attack to try, or -1 for none.</summary>
    [FieldOffset(0)] public int Index;
}

/// <summary>The holder's answer to <see cref="HostileImage.CopyGrant"/>.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
public struct Checksum : IMessagePayload
{
    /// <summary>The copy's status.</summary>
    [FieldOffset(0)] public Status Status;

    /// <summary><see cref="HostileImage.Sum"/> of the bytes copied.</summary>
    [FieldOffset(8)] public ulong Sum;
}
