using Minix.Build.Linking;
using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>The MSBuild route: a project with MinixImageKind builds its user-process image after Build.</summary>
[Trait("Needs", "ilc")]
public sealed class MSBuildTests
{
    [Fact]
    public void BuildProducesAUserProcessImageAtItsAddress()
    {
        string dir = Path.Combine(Path.GetTempPath(), "minix-msbuild-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "Driver.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>disable</ImplicitUsings>
                <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
                <MinixImageKind>user-process</MinixImageKind>
                <MinixImageBaseAddress>0x1000000</MinixImageBaseAddress>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Driver.cs"), """
            using System.Runtime.InteropServices;

            namespace Driver;

            public static unsafe class Entry
            {
                [DllImport("*", EntryPoint = "minix_ipc_trap"), SuppressGCTransition]
                private static extern int Ipc(int function, int endpoint, void* message);

                private static readonly int[] Table = { 1, 2, 3 };

                [UnmanagedCallersOnly(EntryPoint = "minix_process_start")]
                public static void Start()
                {
                    byte* message = stackalloc byte[64];
                    message[4] = (byte)Table[2];
                    Ipc(3, 0, message);
                }
            }
            """);

        var build = ProcessRunner.Run("dotnet", new[]
        {
            "build", Path.Combine(dir, "Driver.csproj"), "-c", "Release", "-nologo", "-nodeReuse:false",
            "-p:MinixRuntimeAssembly=" + ProjectImageCompiler.RuntimeAssembly,
            "-p:CustomAfterMicrosoftCommonTargets=" + Path.Combine(ProjectImageCompiler.ToolDirectory, "build", "Minix.Build.Inject.targets"),
        });

        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        string image = Path.Combine(dir, "bin", "Release", "net10.0", "Driver.elf");
        Assert.True(File.Exists(image), build.Output);
        string map = File.ReadAllText(image + ".map");
        Assert.Contains("minix_ipc_trap", map, StringComparison.Ordinal);
        Assert.Contains("minix_fault", map, StringComparison.Ordinal);
        byte[] elf = File.ReadAllBytes(image);
        ulong entry = BitConverter.ToUInt64(elf, 24);
        ulong start = Convert.ToUInt64(map.Split('\n').First(l => l.Contains(" minix_process_start ", StringComparison.Ordinal))[..16], 16);
        Assert.Equal(start, entry);
        Assert.True(entry >= 0x1000000 && entry < 0x2000000, $"entry 0x{entry:x}");
        Directory.Delete(dir, true);
    }

    [Fact]
    public void BuildRefusesAnotherIlcVersion()
    {
        string dir = Path.Combine(Path.GetTempPath(), "minix-msbuild-ilc-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        string fake = Path.Combine(dir, "ilc");
        File.WriteAllText(fake, "#!/bin/sh\necho 8.0.33+0123456789abcdef\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(Path.Combine(dir, "Tiny.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>disable</ImplicitUsings></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(dir, "Tiny.cs"), "namespace Tiny;\n\npublic static class T\n{\n    public static int One() => 1;\n}\n");

        var build = ProcessRunner.Run("dotnet", new[]
        {
            "msbuild", Path.Combine(dir, "Tiny.csproj"), "-t:MinixImageObject", "-nologo", "-nodeReuse:false", "-restore",
            "-p:MinixIlcPath=" + fake,
            "-p:CustomAfterMicrosoftCommonTargets=" + Path.Combine(ProjectImageCompiler.ToolDirectory, "build", "Minix.Build.Inject.targets"),
        });

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("MINIXB004", build.Output, StringComparison.Ordinal);
        Assert.Contains("8.0.33", build.Output, StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }
}
