using Minix.Build.Qemu;

namespace Image.Tests;

/// <summary>Boots images for tests: always under plain emulation (TCG), which works on every machine.</summary>
internal static class Qemu
{
    /// <summary>Fails the test, never skips it, when QEMU is missing: a green run must mean the image booted.</summary>
    public static void RequireInstalled()
    {
        if (QemuLauncher.Find() is null)
            Assert.Fail($"{QemuLauncher.Executable} is not installed; image tests need it (Debian: apt-get install qemu-system-x86)");
    }

    public static QemuRun Boot(byte[] image, bool rawDisk, int timeoutSeconds = 60, IEnumerable<string>? extra = null, IReadOnlyList<string>? drives = null)
    {
        RequireInstalled();

        string file = Path.Combine(Path.GetTempPath(), "minix-image-" + Guid.NewGuid().ToString("N") + (rawDisk ? ".img" : ".elf"));
        File.WriteAllBytes(file, image);
        try
        {
            return QemuLauncher.Boot(file, rawDisk, TimeSpan.FromSeconds(timeoutSeconds), QemuAccel.Tcg, extra, drives: drives);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
