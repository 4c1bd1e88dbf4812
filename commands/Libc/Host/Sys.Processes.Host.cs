using System.Collections;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Posix;
using static Minix.Commands.Libc.LibcCalls;

namespace Minix.Commands.Libc;

// The host's side of the process calls: posix_spawn for fork-then-exec, Linux's signal numbers translated.
public static unsafe partial class Sys
{
    private const short SpawnSetSignalDefaults = 0x04;
    private const short SpawnSetSignalMask = 0x08;

    /// <summary>Descriptors the child parks its sources on while they move into place.</summary>
    private const int ParkedBase = 100;

    public static partial long Spawn(string path, string[] arguments, string[] environment, int[] descriptors, bool ignoreInterrupts)
    {
        // The opaque libc structures, with room to spare (glibc's are 80 and 336 bytes, sigset_t 128).
        byte* actions = stackalloc byte[512];
        byte* attributes = stackalloc byte[1024];
        byte* defaults = stackalloc byte[256];
        byte* mask = stackalloc byte[256];
        posix_spawn_file_actions_init(actions);
        posix_spawnattr_init(attributes);
        try
        {
            for (int i = 0; i < descriptors.Length; i++)
            {
                if (descriptors[i] >= 0)
                    posix_spawn_file_actions_adddup2(actions, descriptors[i], ParkedBase + i);
            }

            for (int i = 0; i < descriptors.Length; i++)
            {
                if (descriptors[i] < 0)
                    continue;
                posix_spawn_file_actions_adddup2(actions, ParkedBase + i, i);
                posix_spawn_file_actions_addclose(actions, ParkedBase + i);
            }

            // .NET ignores SIGPIPE and blocks some signals; a command starts with every signal at its default.
            // The host's commands are never interactive, so a background command keeps SIGINT's default here.
            sigfillset(defaults);
            sigemptyset(mask);
            posix_spawnattr_setsigdefault(attributes, defaults);
            posix_spawnattr_setsigmask(attributes, mask);
            posix_spawnattr_setflags(attributes, SpawnSetSignalDefaults | SpawnSetSignalMask);

            using var argv = new CStringArray(arguments);
            using var envp = new CStringArray(environment);
            int pid;
            int error;
            fixed (byte* p = CString(path))
                error = posix_spawn(&pid, p, actions, attributes, argv.Pointer, envp.Pointer);
            return error != 0 ? LinuxErrors.ToStatus(error) : pid;
        }
        finally
        {
            posix_spawn_file_actions_destroy(actions);
            posix_spawnattr_destroy(attributes);
        }
    }

    public static partial long Exec(string path, string[] arguments, string[] environment)
    {
        using var argv = new CStringArray(arguments);
        using var envp = new CStringArray(environment);
        fixed (byte* p = CString(path))
            return Result(execve(p, argv.Pointer, envp.Pointer));
    }

    public static partial long WaitPid(int pid, out int status, bool noHang)
    {
        int linux;
        long result;
        do
            result = waitpid(pid, &linux, noHang ? 1 : 0);
        while (result < 0 && Marshal.GetLastPInvokeError() == 4);
        status = 0;
        if (result < 0)
            return LastError();
        if (result > 0)
        {
            int signal = linux & 0x7F;
            status = signal == 0 ? linux : WaitStatus.Signaled((int)LinuxSignals.ToMinix(signal), (linux & 0x80) != 0);
        }

        return result;
    }

    public static partial long Kill(int pid, Signal signal) => Result(kill(pid, LinuxSignals.ToLinux(signal)));

    /// <summary>The runtime's registrations of the signals caught or ignored, by signal.</summary>
    private static readonly Dictionary<Signal, PosixSignalRegistration> s_registrations = [];

    /// <summary>The signals caught and not yet taken, bit n for signal n (MINIX's numbers).</summary>
    private static ulong s_caught;

    public static partial long SetSignalDisposition(Signal signal, SignalDisposition disposition)
    {
        if (signal is Signal.Kill or Signal.Stop || (int)signal <= 0 || (int)signal >= 64)
            return (long)Status.InvalidArgument;
        if (s_registrations.Remove(signal, out PosixSignalRegistration? old))
            old.Dispose();
        if (disposition == SignalDisposition.Default)
            return 0;

        // The runtime runs the handler on its own thread; cancelling keeps the default action (the end) from following.
        bool note = disposition == SignalDisposition.Catch;
        s_registrations[signal] = PosixSignalRegistration.Create(HostSignal(signal), context =>
        {
            context.Cancel = true;
            if (note)
                Interlocked.Or(ref s_caught, 1UL << (int)signal);
        });
        return 0;
    }

    public static partial ulong TakeCaughtSignals() => Interlocked.Exchange(ref s_caught, 0);

    private static PosixSignal HostSignal(Signal signal) => signal switch
    {
        Signal.HangUp => PosixSignal.SIGHUP,
        Signal.Interrupt => PosixSignal.SIGINT,
        Signal.Quit => PosixSignal.SIGQUIT,
        Signal.Terminate => PosixSignal.SIGTERM,
        _ => (PosixSignal)LinuxSignals.ToLinux(signal),
    };

    public static partial void IgnoreInterrupts(bool ignore)
    {
        // The host's shell is never interactive (its tests drive it through pipes): nothing to protect it from.
    }

    public static partial long Sleep(long milliseconds)
    {
        System.Threading.Thread.Sleep(TimeSpan.FromMilliseconds(milliseconds));
        return 0;
    }

    public static partial int GetPid() => getpid();

    public static partial int GetParentPid() => getppid();

    public static partial int GetEffectiveUserId() => geteuid();

    public static partial long Time(out long nanoseconds)
    {
        long* timespec = stackalloc long[2];
        clock_gettime(0, timespec);
        nanoseconds = timespec[1];
        return timespec[0];
    }

    public static partial long Times(out ProcessTimes times)
    {
        long* buffer = stackalloc long[4];
        LibcCalls.times(buffer);
        times = new ProcessTimes
        {
            User = buffer[0],
            System = buffer[1],
            ChildrenUser = buffer[2],
            ChildrenSystem = buffer[3],
            Hz = (int)sysconf(2),
        };
        times.Uptime = Environment.TickCount64 * times.Hz / 1000;
        return 0;
    }

    public static partial long ProcessList(List<ProcessListEntry> entries) => (long)Status.NotImplemented;

    public static partial long Reboot(RebootHow how) => (long)Status.NotImplemented;

    public static partial string[] InitialEnvironment()
    {
        var strings = new List<string>();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
            strings.Add(variable.Key + "=" + variable.Value);
        strings.Sort(StringComparer.Ordinal);
        return strings.ToArray();
    }

    /// <summary>A NULL-terminated array of C strings, for argv and envp, freed when disposed.</summary>
    private sealed class CStringArray : IDisposable
    {
        private readonly nint[] _strings;

        public CStringArray(string[] strings)
        {
            _strings = new nint[strings.Length];
            Pointer = (byte**)Marshal.AllocHGlobal((strings.Length + 1) * sizeof(nint));
            for (int i = 0; i < strings.Length; i++)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(strings[i] + "\0");
                _strings[i] = Marshal.AllocHGlobal(bytes.Length);
                Marshal.Copy(bytes, 0, _strings[i], bytes.Length);
                Pointer[i] = (byte*)_strings[i];
            }

            Pointer[strings.Length] = null;
        }

        public byte** Pointer { get; }

        public void Dispose()
        {
            foreach (nint s in _strings)
                Marshal.FreeHGlobal(s);
            Marshal.FreeHGlobal((nint)Pointer);
        }
    }
}
