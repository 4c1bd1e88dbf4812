using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;

namespace Image.Programs.Hostile;

/// <summary>
/// The hostile user program: it asks the warden which attack to try, says so, and tries it. Every attack must end
/// this program (and only it); one that returns is reported as having got through, and the program exits 1.
/// </summary>
public static unsafe class HostileProgram
{
    /// <summary>The kernel's first code page, as the kernel maps it in every address space (supervisor only).</summary>
    public const ulong KernelText = MemoryLayout.KernelVirtualOffset + MemoryLayout.KernelPhysical;

    /// <summary>The kernel's view of physical memory, at the image's first page (supervisor only).</summary>
    public const ulong DirectMap = MemoryLayout.DirectMapOffset + MemoryLayout.ImagePhysical;

    /// <summary>An address no x86-64 page table can map: bits 63..47 disagree.</summary>
    public const ulong NonCanonical = 0x8000_0000_0000_0000;

    /// <summary>The debug-exit port QEMU stops on: a program that could write it could stop the machine.</summary>
    public const int ExitPort = 0xF4;

    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "hostile_main")]
    public static void Main()
    {
        var ask = new Message(HostileImage.AskAttack);
        if (Messaging.SendRec(new Endpoint(HostileImage.WardenSlot), ref ask) != Status.Ok || ask.Payload<AttackOrder>().Index < 0)
            Sys.Exit(0);
        int index = ask.Payload<AttackOrder>().Index;
        new Utf8Line(stackalloc byte[80]).Text("trying "u8).Text(HostileImage.Name(index)).Line();
        Attack(index);
        new Utf8Line(stackalloc byte[80]).Text("attack "u8).Text(HostileImage.Name(index)).Text(" got through"u8).Line();
        Sys.Exit(1);
    }

    private static void Attack(int index)
    {
        switch (index)
        {
            case 0: Cli(); break;
            case 1: Hlt(); break;
            case 2: In(0x3F8); break;
            case 3: Out(ExitPort, 0x2A); break;
            case 4: Int0x80(); break;
            case 5: Int14(); break;
            case 6: SwapGs(); break;
            case 7: Load(KernelText); break;
            case 8: Store(KernelText); break;
            case 9: Jump(KernelText); break;
            case 10: Load(DirectMap); break;
            case 11: Store(DirectMap); break;
            case 12: Jump(DirectMap); break;
            case 13: Load(NonCanonical); break;
            case 14: Store(NonCanonical); break;
            case 15: Jump(NonCanonical); break;
            case 16: ExecuteStack(); break;
        }
    }

    private static void Load(ulong address) => Sink = *(ulong*)address;

    private static void Store(ulong address) => *(ulong*)address = 0xBAD;

    private static void Jump(ulong address) => ((delegate* unmanaged<void>)address)();

    /// <summary>A <c>ret</c> written into a stack buffer and called: the stack is data, never code.</summary>
    private static void ExecuteStack()
    {
        byte* code = stackalloc byte[16];
        code[0] = 0xC3;
        Jump((ulong)code);
    }

    /// <summary>Where loads go, so the compiler keeps them.</summary>
    private static ulong Sink;

    [DllImport("*", EntryPoint = "minix_probe_cli"), SuppressGCTransition]
    private static extern void Cli();

    [DllImport("*", EntryPoint = "minix_probe_hlt"), SuppressGCTransition]
    private static extern void Hlt();

    [DllImport("*", EntryPoint = "minix_probe_in"), SuppressGCTransition]
    private static extern byte In(int port);

    [DllImport("*", EntryPoint = "minix_probe_out"), SuppressGCTransition]
    private static extern void Out(int port, int value);

    [DllImport("*", EntryPoint = "minix_probe_int_0x80"), SuppressGCTransition]
    private static extern void Int0x80();

    [DllImport("*", EntryPoint = "minix_probe_int_14"), SuppressGCTransition]
    private static extern void Int14();

    [DllImport("*", EntryPoint = "minix_probe_swapgs"), SuppressGCTransition]
    private static extern void SwapGs();
}
