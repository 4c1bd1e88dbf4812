using Minix.Build.Qemu;
using Xunit;

namespace Minix.Build.Tests;

public class QemuLauncherTests
{
    [Fact]
    public void A_KVM_internal_error_is_reported_with_the_guests_RIP_and_instruction_bytes()
    {
        const string stderr = """
            qemu-system-x86_64: warning: host doesn't support requested feature: CPUID.01H:ECX.pni [bit 0]
            KVM internal error. Suberror: 1
            extra data[0]: 0x0000000000000001
            emulation failure
            RAX=ffffffff80107f20 RBX=0000000000009500 RCX=00000000000000d5 RDX=ffffffff8010f8f0
            RIP=ffffffff80107f39 RFL=00000082 [--S----] CPL=0 II=0 A20=1 SMM=0 HLT=0
            Code=48 8d ac 24 40 05 00 00 <45> 0f 57 c0
            """;

        string text = QemuLauncher.KvmFailureText(stderr.Replace("\r", ""));

        Assert.Equal("KVM could not run the image (KVM internal error at RIP=ffffffff80107f39; Code=48 8d ac 24 40 05 00 00 <45> 0f 57 c0)", text);
    }

    [Fact]
    public void The_command_line_asks_for_the_accelerator_and_the_debug_exit_device()
    {
        var args = QemuLauncher.Arguments("minix.elf", rawDisk: false, QemuAccel.Tcg, ["-serial", "null"]);

        Assert.Equal("tcg", args[args.ToList().IndexOf("-accel") + 1]);
        Assert.Contains($"isa-debug-exit,iobase=0x{QemuLauncher.DebugExitPort:x},iosize=0x04", args);
        Assert.Equal(["-kernel", "minix.elf", "-serial", "null"], args.Skip(args.Count - 4));
    }
}
