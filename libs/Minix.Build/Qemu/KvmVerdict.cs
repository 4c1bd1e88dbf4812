namespace Minix.Build.Qemu;

/// <summary>
/// What this machine's KVM did with an image, remembered until the machine restarts: some nested or paravirtual
/// KVMs accept the guest and then stop on its first SSE instruction, and trying again on every boot would cost a
/// failed QEMU start each time. The verdict is a file holding the machine's boot id (Linux's
/// <c>/proc/sys/kernel/random/boot_id</c>) and the reason; elsewhere nothing is remembered.
/// </summary>
/// <param name="filePath">The file the verdict is kept in.</param>
public sealed class KvmVerdict(string filePath)
{
    private const string BootIdFile = "/proc/sys/kernel/random/boot_id";

    /// <summary>The verdict of the current user, in the temporary folder.</summary>
    public static KvmVerdict ForThisUser { get; } = new(Path.Combine(Path.GetTempPath(), "minix-kvm-verdict-" + Environment.UserName));

    /// <summary>The file the verdict is kept in.</summary>
    public string FilePath { get; } = filePath;

    /// <summary>Why KVM could not run an image earlier since this machine started, or null if it was not found wanting.</summary>
    /// <returns>The reason, or null.</returns>
    public string? Failure()
    {
        string? session = Session();
        if (session is null || !File.Exists(FilePath))
            return null;
        string[] lines = File.ReadAllLines(FilePath);
        return lines.Length == 2 && lines[0] == session ? lines[1] : null;
    }

    /// <summary>Remembers, until the machine restarts, that KVM could not run an image.</summary>
    /// <param name="reason">Why (one short line).</param>
    public void RememberFailure(string reason)
    {
        string? session = Session();
        if (session is null)
            return;
        try
        {
            File.WriteAllLines(FilePath, [session, reason.ReplaceLineEndings(" ")]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not remembering only costs a retry next time.
        }
    }

    /// <summary>Forgets the verdict (for a machine whose KVM was mended without a restart).</summary>
    public void Forget() => File.Delete(FilePath);

    private static string? Session()
    {
        try
        {
            return File.Exists(BootIdFile) ? File.ReadAllText(BootIdFile).Trim() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
