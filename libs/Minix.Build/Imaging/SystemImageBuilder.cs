using Minix.Build.Boot;
using Minix.Build.Elf;
using Minix.Build.Linking;
using Minix.Build.Pipeline;
using Minix.Kernel;
using Minix.Kernel.Boot;
using Minix.Kernel.Configuration;

namespace Minix.Build.Imaging;

/// <summary>
/// Builds a bootable system: the kernel and every boot process compiled for the image, linked, the boot-image table
/// made from system.conf, and both outputs written (Multiboot kernel file and raw BIOS disk).
/// </summary>
/// <remarks>
/// A kernel or process given as a project is compiled for the image (with its references); one given as an image
/// assembly (a .dll compiled against Minix.Runtime, as the Minix packages carry them) goes straight to ILC with
/// <see cref="SystemImageSpec.ImageReferences"/>. ILC runs only when its object is out of date. A system process
/// whose entry the image's system.conf lacks takes it from the system.conf next to its project, so a driver
/// project brings its own privileges.
/// </remarks>
public static class SystemImageBuilder
{
    /// <summary>Builds the image into <paramref name="outputDirectory"/>.</summary>
    /// <param name="spec">What goes in.</param>
    /// <param name="outputDirectory">Where the files and intermediate objects go.</param>
    /// <returns>The image.</returns>
    /// <exception cref="ToolchainException">A compile, ILC run or link failed (the message names the file, symbol or section).</exception>
    /// <exception cref="SystemConfException">system.conf is wrong or lacks a process's entry.</exception>
    public static SystemImage Build(SystemImageSpec spec, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        IReadOnlyList<ServiceConfig> services = Services(spec);
        var ilc = IlcToolchain.Locate(spec.IlcPath);

        string kernelObject = CompileObject(ilc, spec, spec.KernelProject, Path.Combine(outputDirectory, "kernel"));
        LinkedImage kernel = KernelImageLinker.Link(kernelObject);

        var objects = new Dictionary<string, string>(StringComparer.Ordinal);
        var modules = new List<(string Name, LinkedImage Image)>();
        var bootProcesses = new List<BootProcess>();
        foreach (ImageProcess process in spec.Processes)
        {
            string project = Path.GetFullPath(process.Project);
            if (!objects.TryGetValue(project, out string? objectFile))
            {
                objectFile = CompileObject(ilc, spec, project, Path.Combine(outputDirectory, "modules", Path.GetFileNameWithoutExtension(project)));
                objects[project] = objectFile;
            }

            LinkedImage image = LinkProcess(process, objectFile, kernel);
            File.WriteAllText(Path.Combine(outputDirectory, process.Name + ".map"), image.Symbols.ToText());
            modules.Add((process.Name, image));
            bootProcesses.Add(new BootProcess(process.Name, process.Slot, modules.Count - 1, process.IsSystem, process.Placement));
        }

        BootImageEntry[] table = BootImageBuilder.Build(bootProcesses, services, spec.SystemConf);
        var symbols = new List<(int, IReadOnlyList<(ulong, string)>)> { (-1, CrashSymbols.Of(kernel, kernelObject)) };
        for (int m = 0; m < modules.Count; m++)
            symbols.Add((m, CrashSymbols.Of(modules[m].Image, objects[Path.GetFullPath(spec.Processes[m].Project)])));
        byte[] archive = BootArchiveWriter.Write(table, modules.Select(m => Module(m.Name, m.Image)).ToList(), spec.CommandLine, symbols);
        byte[] multiboot = BootImageWriter.Multiboot(Segments(kernel), kernel.EntryPoint, archive);
        string multibootFile = Path.Combine(outputDirectory, "minix.elf");
        string diskFile = Path.Combine(outputDirectory, "minix.img");
        File.WriteAllBytes(multibootFile, multiboot);
        File.WriteAllBytes(diskFile, BootImageWriter.BiosDisk(multiboot, spec.CommandLine));
        File.WriteAllText(Path.Combine(outputDirectory, "kernel.map"), kernel.Symbols.ToText());
        return new SystemImage(multibootFile, diskFile, kernel, modules);
    }

    /// <summary>
    /// Links one boot process: at the user base, or, for a driver placed in the kernel, in its slot of the kernel's
    /// half with its kernel calls bound to a plain call into the kernel (no trap).
    /// </summary>
    private static LinkedImage LinkProcess(ImageProcess process, string objectFile, LinkedImage kernel)
    {
        bool inKernel = process.Placement == Placement.Kernel;
        ulong start = inKernel ? MemoryLayout.KernelPlacedBase + (ulong)process.Slot * MemoryLayout.KernelPlacedStride : MemoryLayout.UserBase;
        var target = ImageTarget.UserProcess(ProcessStartCode.Symbol, process.HeapSize,
            features: process.GarbageCollection ? RuntimeFeatures.GarbageCollection : RuntimeFeatures.None);
        var request = new LinkRequest { BaseAddress = start, EntrySymbol = target.EntrySymbol };
        request.Objects.Add(ElfObjectReader.Read(objectFile));
        request.Code.Add(ProcessStartCode.For(process.EntrySymbol));
        request.Code.Add(ProcessStartCode.IllegalInstruction);
        request.Code.Add(ProcessStartCode.TimeStampCounter);
        target.Apply(request);
        if (inKernel)
        {
            ulong direct = kernel.Symbols.Find(KernelDirectCall)?.Address
                ?? throw new ToolchainException("image", $"the kernel defines no '{KernelDirectCall}': it cannot host a driver placed in it");
            var trap = request.Code.Single(b => b.Symbol == KernelCallTrap);
            request.Code.Remove(trap);
            request.Code.Add(new CodeBlob(KernelCallTrap, "kernel call as a plain call into the kernel (kernel placement)", (a, _) =>
            {
                a.mov(Iced.Intel.AssemblerRegisters.rax, direct);
                a.jmp(Iced.Intel.AssemblerRegisters.rax);
            }));
        }

        return ImageLinker.Link(request);
    }

    private const string KernelCallTrap = "minix_kernel_call_trap";
    private const string KernelDirectCall = "minix_kernel_direct_call";

    /// <summary>The image's system.conf entries, plus those of system processes it lacks from the system.conf next to their projects.</summary>
    private static IReadOnlyList<ServiceConfig> Services(SystemImageSpec spec)
    {
        var services = SystemConfReader.ReadFile(spec.SystemConf).ToList();
        foreach (ImageProcess process in spec.Processes)
        {
            if (!process.IsSystem || services.Any(s => s.Name == process.Name))
                continue;
            string own = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(process.Project))!, "system.conf");
            if (File.Exists(own) && !Path.GetFullPath(own).Equals(Path.GetFullPath(spec.SystemConf), StringComparison.Ordinal))
                services.AddRange(SystemConfReader.ReadFile(own).Where(s => s.Name == process.Name));
        }

        return services;
    }

    private static string CompileObject(IlcToolchain ilc, SystemImageSpec spec, string project, string workDirectory)
    {
        Directory.CreateDirectory(workDirectory);
        IReadOnlyList<string> assemblies = IsImageAssembly(project)
            ? [project, .. spec.ImageReferences.Where(r => !Path.GetFileName(r).Equals(Path.GetFileName(project), StringComparison.OrdinalIgnoreCase))]
            : ProjectImageCompiler.Compile(project, spec.Optimize, outputDirectory: Path.Combine(workDirectory, "image"));
        string objectFile = Path.Combine(workDirectory, Path.GetFileNameWithoutExtension(project) + ".o");
        IlcCompiler.CompileIfChanged(ilc, IlcInvocation.ForProject(assemblies, objectFile, spec.Optimize));
        return objectFile;
    }

    private static bool IsImageAssembly(string path) => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<ImageSegment> Segments(LinkedImage image) =>
        image.Segments.Select(s => new ImageSegment(s.VirtualAddress, s.Data, s.MemorySize, Access(s.Permissions))).ToList();

    private static BootModuleImage Module(string name, LinkedImage image) => new(name, image.EntryPoint, Segments(image), 0);

    private static SegmentAccess Access(SegmentPermissions permissions)
    {
        SegmentAccess access = SegmentAccess.Read;
        if ((permissions & SegmentPermissions.Write) != 0)
            access |= SegmentAccess.Write;
        if ((permissions & SegmentPermissions.Execute) != 0)
            access |= SegmentAccess.Execute;
        return access;
    }
}
