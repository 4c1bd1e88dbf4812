namespace Minix.Kernel.Arch;

/// <summary>The privileged instructions, each a few bytes of machine code the linker binds by name.</summary>
internal static unsafe class Cpu
{
    [DllImport("*", EntryPoint = "minix_cpu_in8"), SuppressGCTransition] public static extern byte In8(ushort port);
    [DllImport("*", EntryPoint = "minix_cpu_in16"), SuppressGCTransition] public static extern ushort In16(ushort port);
    [DllImport("*", EntryPoint = "minix_cpu_in32"), SuppressGCTransition] public static extern uint In32(ushort port);
    [DllImport("*", EntryPoint = "minix_cpu_out8"), SuppressGCTransition] public static extern void Out8(ushort port, byte value);
    [DllImport("*", EntryPoint = "minix_cpu_out16"), SuppressGCTransition] public static extern void Out16(ushort port, ushort value);
    [DllImport("*", EntryPoint = "minix_cpu_out32"), SuppressGCTransition] public static extern void Out32(ushort port, uint value);
    [DllImport("*", EntryPoint = "minix_cpu_cli"), SuppressGCTransition] public static extern void DisableInterrupts();
    [DllImport("*", EntryPoint = "minix_cpu_sti"), SuppressGCTransition] public static extern void EnableInterrupts();
    [DllImport("*", EntryPoint = "minix_cpu_hlt"), SuppressGCTransition] public static extern void Halt();
    [DllImport("*", EntryPoint = "minix_cpu_read_cr2"), SuppressGCTransition] public static extern ulong ReadCr2();
    [DllImport("*", EntryPoint = "minix_cpu_read_cr3"), SuppressGCTransition] public static extern ulong ReadCr3();
    [DllImport("*", EntryPoint = "minix_cpu_rdtsc"), SuppressGCTransition] public static extern ulong ReadTimeStampCounter();
    [DllImport("*", EntryPoint = "minix_cpu_write_cr3"), SuppressGCTransition] public static extern void WriteCr3(ulong root);
    [DllImport("*", EntryPoint = "minix_cpu_lgdt"), SuppressGCTransition] public static extern void LoadGdt(void* descriptor);
    [DllImport("*", EntryPoint = "minix_cpu_lidt"), SuppressGCTransition] public static extern void LoadIdt(void* descriptor);
    [DllImport("*", EntryPoint = "minix_cpu_ltr"), SuppressGCTransition] public static extern void LoadTaskRegister(ushort selector);
    [DllImport("*", EntryPoint = "minix_resume"), SuppressGCTransition] public static extern void Resume(TrapFrame* frame);
    [DllImport("*", EntryPoint = "minix_address_of_trap_entries"), SuppressGCTransition] public static extern ulong TrapEntries();
    [DllImport("*", EntryPoint = "minix_address_of_idle"), SuppressGCTransition] public static extern ulong IdleLoop();
}
