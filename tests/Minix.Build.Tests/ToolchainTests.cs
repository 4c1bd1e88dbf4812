using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>The pinned ILC, compile errors from the image build, and the fault-kind contract.</summary>
public sealed class ToolchainTests
{
    [Fact]
    public void IlcComesFromThePackageForThisHostAndTheSdkAgreesWhichThatIs()
    {
        // The SDK's own answer, which the build targets and the PackageDownload use (this project records it).
        string sdkRid = typeof(ToolchainTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "SdkPortableRuntimeIdentifier").Value!;
        Assert.Matches("^(linux|linux-musl|osx|win)-(x64|arm64|x86|arm)$", IlcToolchain.HostRuntimeIdentifier);
        Assert.Equal("runtime.osx-arm64.microsoft.dotnet.ilcompiler", IlcToolchain.PackageIdFor("OSX-ARM64"));
        Assert.Contains(Path.Combine(IlcToolchain.PackageId, IlcToolchain.PinnedVersion, "tools"), IlcToolchain.DefaultPath(), StringComparison.Ordinal);
        Assert.True(File.Exists(IlcToolchain.DefaultPath()), $"no ILC for {IlcToolchain.HostRuntimeIdentifier} at {IlcToolchain.DefaultPath()}");
        Assert.Equal(IlcToolchain.HostRuntimeIdentifier, sdkRid);
    }

    [Trait("Needs", "ilc")]
    [Fact]
    public void PinnedIlcVersionIsTheOneInUse()
    {
        var ilc = IlcToolchain.Locate();
        Assert.StartsWith(IlcToolchain.PinnedVersion, ilc.Version, StringComparison.Ordinal);
        Assert.Contains(IlcToolchain.PinnedVersion, ilc.IlcPath, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongIlcVersionFailsLoudly()
    {
        string dir = RepoPaths.Scratch("fake-ilc");
        string fake = Path.Combine(dir, "ilc");
        File.WriteAllText(fake, "#!/bin/sh\necho 9.0.11+0123456789abcdef\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var e = Assert.Throws<ToolchainException>(() => IlcToolchain.Locate(fake));

        Assert.Equal("ilc-version", e.Step);
        Assert.Contains("9.0.11", e.Message, StringComparison.Ordinal);
        Assert.Contains("pinned to ILC 10.0.14", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingIlcSaysHowToGetIt()
    {
        var e = Assert.Throws<ToolchainException>(() => IlcToolchain.Locate("/nonexistent/ilc"));
        Assert.Contains("PackageDownload", e.Message, StringComparison.Ordinal);
    }

    [Trait("Needs", "ilc")]
    [Fact]
    public void MissingApiIsACompileErrorAtItsFileAndLine()
    {
        // Outside the repository, so no Directory.Build.props applies.
        string dir = Path.Combine(Path.GetTempPath(), "minix-missing-api-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(dir, "Host"));
        File.WriteAllText(Path.Combine(dir, "Probe.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>disable</ImplicitUsings></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(dir, "Uses.cs"), "namespace Probe;\n\npublic static class Uses\n{\n    public static int Fine(int x) => x + 1;\n\n    public static int Bad() => System.Console.CapsLock ? 1 : 0;\n\n    public static void Locked(object o) { lock (o) { } }\n}\n");
        // Host/ files are host-only: this one would not compile for the image, and must not be compiled for it.
        File.WriteAllText(Path.Combine(dir, "Host", "Printing.cs"), "namespace Probe;\n\npublic static class Printing\n{\n    public static string Show(int x) => x.ToString(System.Globalization.CultureInfo.InvariantCulture);\n}\n");

        var e = Assert.Throws<ToolchainException>(() => ProjectImageCompiler.Compile(Path.Combine(dir, "Probe.csproj"), optimize: true));

        Assert.Equal("compile", e.Step);
        Assert.Contains("Uses.cs(7,", e.Message, StringComparison.Ordinal);
        Assert.Contains("CapsLock", e.Message, StringComparison.Ordinal);
        // Each error names the analyzer rule that would have reported it in the IDE, from the one shared list.
        Assert.Contains("[MINIX101: API missing from the image runtime;", e.Message, StringComparison.Ordinal);
        Assert.Contains("Uses.cs(9,", e.Message, StringComparison.Ordinal);
        Assert.Contains("[MINIX103: Threads, tasks and locks are not available on the image;", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Printing.cs", e.Message, StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }

    [Fact]
    public void FaultKindNamesMatchTheRuntimeEnum()
    {
        using var stream = File.OpenRead(ProjectImageCompiler.RuntimeAssembly);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var type = md.TypeDefinitions.Select(md.GetTypeDefinition).Single(t => md.GetString(t.Name) == "FaultKind");
        foreach (var handle in type.GetFields())
        {
            var field = md.GetFieldDefinition(handle);
            if (field.GetDefaultValue().IsNil)
                continue;
            int value = md.GetBlobReader(md.GetConstant(field.GetDefaultValue()).Value).ReadInt32();
            Assert.Equal(md.GetString(field.Name), FaultKindNames.ByNumber[value]);
        }
    }
}
