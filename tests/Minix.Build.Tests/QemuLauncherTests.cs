using Minix.Build.Qemu;
using Xunit;

namespace Minix.Build.Tests;

public class QemuLauncherTests
{
    [Fact]
    public void A_KVM_internal_error_is_reported_in_one_short_line_with_the_guests_RIP()
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

        Assert.Equal("KVM cannot run this image here (KVM internal error at rip 0xffffffff80107f39)", text);
    }

    [Fact]
    public void The_command_line_asks_for_the_accelerator_and_the_debug_exit_device()
    {
        var args = QemuLauncher.Arguments("minix.elf", rawDisk: false, QemuAccel.Tcg, ["-serial", "null"]);

        Assert.Equal("tcg", args[args.ToList().IndexOf("-accel") + 1]);
        Assert.Contains($"isa-debug-exit,iobase=0x{QemuLauncher.DebugExitPort:x},iosize=0x04", args);
        Assert.Equal(["-kernel", "minix.elf", "-serial", "null"], args.Skip(args.Count - 4));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Where_KVM_cannot_run_the_image_one_line_says_so_before_TCG_boots_and_the_next_boot_goes_straight_to_TCG()
    {
        string folder = Directory.CreateTempSubdirectory("minix-kvm-").FullName;
        try
        {
            // A QEMU whose KVM stops on the first instruction, as this kind of machine's does, and whose TCG boots.
            string qemu = Path.Combine(folder, "qemu-system-x86_64");
            string attempts = Path.Combine(folder, "kvm-attempts");
            File.WriteAllText(qemu, $$"""
                #!/bin/sh
                case "$*" in
                  *"-accel kvm"*) echo kvm >> "{{attempts}}"; echo "Minix# kernel starting"
                    echo "KVM internal error. Suberror: 1" >&2; echo "RIP=ffffffff80107f39 RFL=00000082 [--S----] CPL=0" >&2
                    echo "Code=48 8d ac 24 <45> 0f 57 c0" >&2; exec sleep 30 ;;
                esac
                echo "Minix# kernel starting"; echo "booted"; exit 1
                """.Replace("\r", ""));
            File.SetUnixFileMode(qemu, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var verdict = new KvmVerdict(Path.Combine(folder, "verdict"));

            var first = new List<string>();
            QemuRun run = QemuLauncher.Boot(qemu, kvmUsable: true, verdict, "minix.elf", rawDisk: false, TimeSpan.FromSeconds(20), QemuAccel.Auto, null,
                echo: line => first.Add("echo " + line), stopWhen: null, notice: line => first.Add("notice " + line));

            Assert.Equal(
                ["notice KVM cannot run this image here (KVM internal error at rip 0xffffffff80107f39); using TCG", "echo Minix# kernel starting", "echo booted"],
                first);
            Assert.Equal(QemuAccel.Tcg, run.Accel);
            Assert.Equal(0, run.GuestStatus);

            var second = new List<string>();
            run = QemuLauncher.Boot(qemu, kvmUsable: true, verdict, "minix.elf", rawDisk: false, TimeSpan.FromSeconds(20), QemuAccel.Auto, null,
                echo: line => second.Add("echo " + line), stopWhen: null, notice: line => second.Add("notice " + line));

            Assert.Equal(
                ["notice KVM cannot run this image here (KVM internal error at rip 0xffffffff80107f39), as an earlier boot found; using TCG", "echo Minix# kernel starting", "echo booted"],
                second);
            Assert.Single(File.ReadAllLines(attempts));
            Assert.Equal(QemuAccel.Tcg, run.Accel);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
