using System.Runtime.InteropServices;

namespace Minix.Commands.Libc;

/// <summary>The C library's calls the host side of <see cref="Sys"/> makes (glibc 2.33 or later, or musl; x86-64 Linux layouts).</summary>
internal static unsafe class LibcCalls
{
    private const string Library = "libc";

    [DllImport(Library, SetLastError = true)] public static extern int open(byte* path, int flags, int mode);
    [DllImport(Library, SetLastError = true)] public static extern int close(int fd);
    [DllImport(Library, SetLastError = true)] public static extern int statvfs(byte* path, ulong* buffer);
    [DllImport(Library, SetLastError = true)] public static extern nint read(int fd, byte* buffer, nint count);
    [DllImport(Library, SetLastError = true)] public static extern nint write(int fd, byte* buffer, nint count);
    [DllImport(Library, SetLastError = true)] public static extern long lseek(int fd, long offset, int whence);
    [DllImport(Library, SetLastError = true)] public static extern int ftruncate(int fd, long length);
    [DllImport(Library, SetLastError = true)] public static extern int stat(byte* path, byte* buffer);
    [DllImport(Library, SetLastError = true)] public static extern int lstat(byte* path, byte* buffer);
    [DllImport(Library, SetLastError = true)] public static extern int fstat(int fd, byte* buffer);
    [DllImport(Library, SetLastError = true)] public static extern nint opendir(byte* path);
    [DllImport(Library, SetLastError = true)] public static extern byte* readdir(nint directory);
    [DllImport(Library, SetLastError = true)] public static extern int closedir(nint directory);
    [DllImport(Library, SetLastError = true)] public static extern int mkdir(byte* path, int mode);
    [DllImport(Library, SetLastError = true)] public static extern int rmdir(byte* path);
    [DllImport(Library, SetLastError = true)] public static extern int unlink(byte* path);
    [DllImport(Library, SetLastError = true)] public static extern int rename(byte* from, byte* to);
    [DllImport(Library, SetLastError = true)] public static extern int link(byte* existing, byte* path);
    [DllImport(Library, SetLastError = true)] public static extern int symlink(byte* target, byte* path);
    [DllImport(Library, SetLastError = true)] public static extern nint readlink(byte* path, byte* buffer, nint size);
    [DllImport(Library, SetLastError = true)] public static extern int utimensat(int directory, byte* path, void* times, int flags);
    [DllImport(Library, SetLastError = true)] public static extern int chmod(byte* path, int mode);
    [DllImport(Library, SetLastError = true)] public static extern int chown(byte* path, int owner, int group);
    [DllImport(Library, SetLastError = true)] public static extern int chdir(byte* path);
    [DllImport(Library, SetLastError = true)] public static extern byte* getcwd(byte* buffer, nint size);
    [DllImport(Library, SetLastError = true)] public static extern int dup(int fd);
    [DllImport(Library, SetLastError = true)] public static extern int dup2(int fd, int target);
    [DllImport(Library, SetLastError = true)] public static extern int fcntl(int fd, int command, int argument);
    [DllImport(Library, SetLastError = true)] public static extern int pipe(int* fds);
    [DllImport(Library, SetLastError = true)] public static extern int isatty(int fd);
    [DllImport(Library, SetLastError = true)] public static extern void sync();
    [DllImport(Library)] public static extern int umask(int mask);
    [DllImport(Library, SetLastError = true)] public static extern int kill(int pid, int signal);
    [DllImport(Library, SetLastError = true)] public static extern nint signal(int signal, nint handler);
    [DllImport(Library, SetLastError = true)] public static extern int getpid();
    [DllImport(Library, SetLastError = true)] public static extern int getppid();
    [DllImport(Library, SetLastError = true)] public static extern int geteuid();
    [DllImport(Library, SetLastError = true)] public static extern int waitpid(int pid, int* status, int options);
    [DllImport(Library, SetLastError = true)] public static extern int execve(byte* path, byte** argv, byte** envp);
    [DllImport(Library, SetLastError = true)] public static extern int clock_gettime(int clock, long* timespec);
    [DllImport(Library, SetLastError = true)] public static extern long times(long* buffer);
    [DllImport(Library, SetLastError = true)] public static extern long sysconf(int name);
    [DllImport(Library)] public static extern int posix_spawn(int* pid, byte* path, void* fileActions, void* attributes, byte** argv, byte** envp);
    [DllImport(Library)] public static extern int posix_spawn_file_actions_init(void* actions);
    [DllImport(Library)] public static extern int posix_spawn_file_actions_destroy(void* actions);
    [DllImport(Library)] public static extern int posix_spawn_file_actions_adddup2(void* actions, int fd, int target);
    [DllImport(Library)] public static extern int posix_spawn_file_actions_addclose(void* actions, int fd);
    [DllImport(Library)] public static extern int posix_spawnattr_init(void* attributes);
    [DllImport(Library)] public static extern int posix_spawnattr_destroy(void* attributes);
    [DllImport(Library)] public static extern int posix_spawnattr_setflags(void* attributes, short flags);
    [DllImport(Library)] public static extern int posix_spawnattr_setsigdefault(void* attributes, void* set);
    [DllImport(Library)] public static extern int posix_spawnattr_setsigmask(void* attributes, void* set);
    [DllImport(Library)] public static extern int sigemptyset(void* set);
    [DllImport(Library)] public static extern int sigfillset(void* set);
}
