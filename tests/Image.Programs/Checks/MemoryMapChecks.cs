using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Privileges;

namespace Image.Programs.Checks;

/// <summary>
/// SYS_MAPPHYS, run by the granter (calls.conf gives it <c>mem bootdata b8000:1000</c>): the boot data module's bytes
/// appear in its address space, VGA text memory can be written, and memory outside its ranges is refused.
/// </summary>
internal static unsafe class MemoryMapChecks
{
    public static void Run()
    {
        ulong address = 0;
        Status status = Sys.MemoryRange(0, out MemoryRange module);
        if (status == Status.Ok)
            status = Sys.MapPhysical(module.Base, module.Limit - module.Base + 1, writable: false, out address);
        var text = status == Status.Ok ? new ReadOnlySpan<byte>((void*)address, 4096) : default;
        int line = text.IndexOf((byte)'\n');
        Check.Start(stackalloc byte[200], "mapphys-boot-data-module"u8, status).Text(", text "u8).Text(text.Slice(0, line < 0 ? 0 : line)).Line();

        status = Sys.MapPhysical(0xB8000, 4096, writable: true, out ulong vga);
        if (status == Status.Ok)
        {
            *(ushort*)vga = 0x0741; // 'A', grey on black, in the screen's first cell
            status = *(ushort*)vga == 0x0741 ? Status.Ok : Status.IoError;
        }

        Check.Report("mapphys-vga-text-memory"u8, status);
        Check.Report("mapphys-outside-mem"u8, Sys.MapPhysical(0xB9000, 4096, writable: true, out _));
        Check.Report("mapphys-unaligned"u8, Sys.MapPhysical(0xB8004, 4096, writable: true, out _));
        Check.Report("mapphys-kernel-memory"u8, Sys.MapPhysical(0x100000, 4096, writable: true, out _));
    }
}
