using System.Threading.Tasks;
using Minix.Build.Boot;
using Minix.Build.Elf;
using Minix.Build.Linking;
using Minix.Build.Pipeline;
using Minix.Build.Stubs;
using Minix.Kernel;
using Minix.Kernel.Boot;
using Minix.Kernel.Configuration;
using Minix.Kernel.Privileges;

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
    /// <param name="progress">Told about each step (compile, ILC, link) as it starts and ends, or null.</param>
    /// <returns>The image.</returns>
    /// <exception cref="ToolchainException">A compile, ILC run or link failed (the message names the file, symbol or section).</exception>
    /// <exception cref="SystemConfException">system.conf is wrong or lacks a process's entry.</exception>
    /// <remarks>
    /// Each step does only what changed: a project's C# compile is incremental, ILC runs when its inputs changed, and
    /// the link and the image files are left alone when no object, no process item, no system.conf, no command line
    /// and no linker changed since the last build (<see cref="SystemImage.Linked"/> is then false).
    /// </remarks>
    public static SystemImage Build(SystemImageSpec spec, string outputDirectory, IImageBuildProgress? progress = null)
    {
        BootCommandLine.Check(spec.CommandLine, "MinixCommandLine");
        Directory.CreateDirectory(outputDirectory);
        var (services, confTexts) = Services(spec);
        var ilc = IlcToolchain.Locate(spec.IlcPath);

        var units = new List<CompileUnit> { new(spec.KernelProject, Path.Combine(outputDirectory, "kernel"), "kernel", Program: false) };
        var linked = spec.Processes.Concat(spec.Programs).ToList();
        foreach (ImageProcess process in linked)
        {
            string project = Path.GetFullPath(process.Project);
            if (units.Any(u => Path.GetFullPath(u.Project) == project))
                continue;
            var users = linked.Where(p => Path.GetFullPath(p.Project) == project).ToList();
            string runs = string.Join(", ", users.Select(p => p.Name));
            if (users.Any(p => p.EntersAtMain) && !users.All(p => p.EntersAtMain))
                throw new ToolchainException("image", $"{runs} share the project {process.Project}, but only some give an Entry: an ordinary program (no Entry) is compiled as an executable, so its project cannot also serve an entry of its own");
            if (users[0].EntersAtMain && IsImageAssembly(project))
                throw new ToolchainException("image", $"program {runs}: '{project}' is an assembly; an ordinary program (no Entry) is given as its project, which is compiled as an executable");
            units.Add(new CompileUnit(project, Path.Combine(outputDirectory, "modules", Path.GetFileNameWithoutExtension(project)), runs, users[0].EntersAtMain));
        }

        var objects = CompileObjects(ilc, spec, units, outputDirectory, progress);
        string kernelObject = objects[Path.GetFullPath(spec.KernelProject)];

        var link = new ImageBuildStep("link", spec.Programs.Count == 0
            ? $"kernel and {spec.Processes.Count} processes"
            : $"kernel, {spec.Processes.Count} processes and {spec.Programs.Count} programs");
        return Step(progress, link, () => Link(spec, outputDirectory, services, confTexts, kernelObject, objects));
    }

    private static (SystemImage Image, bool UpToDate) Link(SystemImageSpec spec, string outputDirectory, IReadOnlyList<ServiceConfig> services, IReadOnlyList<string> confTexts, string kernelObject, IReadOnlyDictionary<string, string> objects)
    {
        string multibootFile = Path.Combine(outputDirectory, "minix.elf");
        string diskFile = Path.Combine(outputDirectory, "minix.img");
        string stampFile = Path.Combine(outputDirectory, LinkStampFile);
        string stamp = LinkStamp(spec, confTexts, kernelObject, objects);
        var outputs = spec.Processes.Concat(spec.Programs).Select(p => Path.Combine(outputDirectory, p.Name + ".map")).Append(Path.Combine(outputDirectory, "kernel.map")).Append(multibootFile).ToList();
        // An image too large for the BIOS loader has no disk file; its stamp says so, or every build would link again.
        foreach (bool withDisk in new[] { true, false })
        {
            if (LinkIsUpToDate(stampFile, stamp + DiskStampLine(withDisk), withDisk ? [.. outputs, diskFile] : outputs, objects.Values.Append(kernelObject)))
                return (new SystemImage(multibootFile, withDisk ? diskFile : "", () => LinkAll(spec, kernelObject, objects)), true);
        }

        File.Delete(stampFile);
        var (kernel, modules) = LinkAll(spec, kernelObject, objects);
        // Each program's link is its own: they run side by side, in the image's order.
        var programs = SideBySide(spec.Programs, p => (p.Name, LinkProcess(p, objects[Path.GetFullPath(p.Project)], kernel, inBin: true)));
        var binaries = modules.Where((m, i) => !spec.Processes[i].IsSystem).Concat(programs).ToList();
        foreach (var duplicate in binaries.GroupBy(b => b.Name).Where(g => g.Count() > 1))
            throw new ToolchainException("image", $"two programs would be /bin/{duplicate.Key}: a MinixProgram and a user MinixProcess share the name");
        var bootProcesses = spec.Processes.Select((p, m) => new BootProcess(p.Name, p.Slot, m, p.IsSystem, p.Placement)).ToList();
        var data = DataModules(spec);
        if (spec.RootFileSystem is { } root)
        {
            if (data.Any(d => d.Name == RootFileSystemSpec.ModuleName))
                throw new ToolchainException("image", $"a boot data module is named '{RootFileSystemSpec.ModuleName}', which MinixRootFileSystem builds itself: rename it or drop MinixRootFileSystem");
            byte[] bytes = RootFileSystemBuilder.Build(root, binaries);
            File.WriteAllBytes(Path.Combine(outputDirectory, RootFileSystemSpec.ModuleName + ".img"), bytes);
            data = [.. data, (RootFileSystemSpec.ModuleName, bytes)];
        }

        IReadOnlyList<ulong> dataOffsets = BootArchiveWriter.DataModuleOffsets(data.Select(d => (ulong)d.Bytes.Length).ToList());
        ulong archivePhysical = BootImageWriter.ArchivePhysical(Segments(kernel));
        var dataRanges = new Dictionary<string, MemoryRange>(StringComparer.Ordinal);
        for (int d = 0; d < data.Count; d++)
            dataRanges[data[d].Name] = new MemoryRange { Base = archivePhysical + dataOffsets[d], Limit = archivePhysical + dataOffsets[d] + AlignPage((ulong)data[d].Bytes.Length) - 1 };
        BootImageEntry[] table = BootImageBuilder.Build(bootProcesses, services, spec.SystemConf, dataRanges);
        var symbols = new List<(int, IReadOnlyList<(ulong, string)>)> { (-1, CrashSymbols.Of(kernel, kernelObject)) };
        for (int m = 0; m < modules.Count; m++)
            symbols.Add((m, CrashSymbols.Of(modules[m].Image, objects[Path.GetFullPath(spec.Processes[m].Project)])));
        byte[] archive = BootArchiveWriter.Write(table, modules.Select(m => Module(m.Name, m.Image)).ToList(), spec.CommandLine, symbols, data);
        byte[] multiboot = BootImageWriter.Multiboot(Segments(kernel), kernel.EntryPoint, archive);
        foreach (var (name, image) in modules.Concat(programs))
            File.WriteAllText(Path.Combine(outputDirectory, name + ".map"), image.Symbols.ToText());
        File.WriteAllBytes(multibootFile, multiboot);
        try
        {
            File.WriteAllBytes(diskFile, BootImageWriter.BiosDisk(multiboot, spec.CommandLine));
        }
        catch (ArgumentOutOfRangeException)
        {
            // Larger than the BIOS loader can load (a big root file system): QEMU boots the Multiboot file alone.
            File.Delete(diskFile);
            diskFile = "";
        }

        File.WriteAllText(Path.Combine(outputDirectory, "kernel.map"), kernel.Symbols.ToText());
        // Written last: a build stopped half-way leaves no stamp, so the next one links again.
        File.WriteAllText(stampFile, stamp + DiskStampLine(diskFile.Length > 0));
        return (new SystemImage(multibootFile, diskFile, kernel, modules), false);
    }

    /// <summary>
    /// <paramref name="work"/> on every item, on every core, the results in the items' order; a failure is thrown as
    /// itself (the first in that order, so the same broken build names the same failure every time), as one step at a
    /// time would throw it.
    /// </summary>
    private static List<TResult> SideBySide<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> work)
    {
        var indexed = items.Select((item, index) => (item, index)).ToList();
        var results = new TResult[indexed.Count];
        var failures = new Exception?[indexed.Count];
        Parallel.ForEach(indexed, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, pair =>
        {
            try
            {
                results[pair.index] = work(pair.item);
            }
            catch (Exception e)
            {
                failures[pair.index] = e;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } first)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        return [.. results];
    }

    /// <summary>The file in the output folder that records what the image files were linked from.</summary>
    public const string LinkStampFile = "minix.link";

    private static (LinkedImage Kernel, IReadOnlyList<(string Name, LinkedImage Image)> Modules) LinkAll(SystemImageSpec spec, string kernelObject, IReadOnlyDictionary<string, string> objects)
    {
        LinkedImage kernel = KernelImageLinker.Link(kernelObject);
        var modules = SideBySide(spec.Processes, p => (p.Name, LinkProcess(p, objects[Path.GetFullPath(p.Project)], kernel)));
        return (kernel, modules);
    }

    /// <summary>
    /// What the link depends on besides the objects' contents: the linker itself, every process and program item, the
    /// command line, the data modules, the root file system's settings and files, and the system.conf text. The objects are compared by time against the image file.
    /// </summary>
    private static string LinkStamp(SystemImageSpec spec, IEnumerable<string> confTexts, string kernelObject, IReadOnlyDictionary<string, string> objects)
    {
        var text = new System.Text.StringBuilder();
        text.Append("linker ").Append(typeof(SystemImageBuilder).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        // Objects by their bytes, not their times: one taken again from ILC's kept objects is newer but the same.
        static string Bytes(string file) => File.Exists(file) ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))) : "missing";
        text.Append("kernel ").Append(kernelObject).Append(' ').Append(Bytes(kernelObject)).Append('\n');
        foreach (ImageProcess p in spec.Processes.Concat(spec.Programs))
            text.Append("process ").Append(p).Append(' ').Append(objects[Path.GetFullPath(p.Project)]).Append(' ').Append(Bytes(objects[Path.GetFullPath(p.Project)])).Append('\n');
        text.Append("command line ").Append(spec.CommandLine).Append('\n');
        foreach (ImageDataModule module in spec.DataModules)
        {
            var file = new FileInfo(module.File);
            text.Append("data module ").Append(module.Name).Append(' ').Append(file.FullName).Append(' ')
                .Append(file.Exists ? file.Length + " " + file.LastWriteTimeUtc.Ticks : "missing").Append('\n');
        }

        if (spec.RootFileSystem is { } root)
        {
            text.Append("root ").Append(root.BlockSize).Append(' ').Append(root.Size).Append(' ').Append(root.Inodes).Append('\n');
            foreach (RootFile file in root.Files)
            {
                var info = new FileInfo(file.Source);
                text.Append("root file ").Append(file.Path).Append(' ').Append(file.Mode).Append(' ').Append(info.FullName).Append(' ')
                    .Append(info.Exists ? info.Length + " " + info.LastWriteTimeUtc.Ticks : "missing").Append('\n');
            }
        }

        foreach (string conf in confTexts)
            text.Append("system.conf ").Append(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(conf)))).Append('\n');
        return text.ToString();
    }

    private static string DiskStampLine(bool withDisk) => withDisk ? "bios-disk minix.img\n" : "bios-disk none: too large for the BIOS loader\n";

    private static bool LinkIsUpToDate(string stampFile, string stamp, IReadOnlyList<string> outputs, IEnumerable<string> objects)
    {
        // The stamp holds every object's hash, so equal stamps mean the same objects.
        return File.Exists(stampFile) && File.ReadAllText(stampFile) == stamp && outputs.All(File.Exists) && objects.All(File.Exists);
    }

    /// <summary>
    /// Links one boot process: at the user base, or, for a driver placed in the kernel, in its slot of the kernel's
    /// half with its kernel calls bound to a plain call into the kernel (no trap), the CPU's privileged instructions
    /// (port I/O) at hand, and the kernel-internal services a MINIX 2 driver uses (an interrupt handler, a watchdog)
    /// bound to the kernel's own exports. A program for /bin with an entry of its own carries a source map, as an
    /// ordinary program does, so that the process manager can name the C# line of a fault that ends it.
    /// </summary>
    private static LinkedImage LinkProcess(ImageProcess process, string objectFile, LinkedImage kernel, bool inBin = false)
    {
        if (process.EntersAtMain)
            return ProgramImageBuilder.Link(objectFile);
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
        if (!inKernel)
        {
            foreach (CodeBlob probe in ProbeStubs.Code())
                request.Code.Add(probe);
        }

        if (inBin && !inKernel)
        {
            ImageTarget.AddSourceMap(request);
            return ImageLinker.LinkWithSourceMap(request, objectFile, ProgramImageBuilder.AssembliesOf(objectFile));
        }

        if (inKernel)
        {
            request.Code.Remove(request.Code.Single(b => b.Symbol == KernelCallTrap));
            request.Code.Add(JumpInto(kernel, KernelCallTrap, KernelDirectCall, "kernel call as a plain call into the kernel (kernel placement)"));
            foreach (string service in KernelPlacedServices)
                request.Code.Add(JumpInto(kernel, service, KernelSetIrqHandler, "the kernel's interrupt hook (kernel placement)"));
            foreach (CodeBlob stub in CpuStubs.Code().Where(c => !request.Code.Any(b => b.Symbol == c.Symbol)))
                request.Code.Add(stub);
        }

        return ImageLinker.Link(request);
    }

    // A jump to a kernel function, for a driver placed in the kernel: its code and the kernel's share the address space.
    private static CodeBlob JumpInto(LinkedImage kernel, string symbol, string kernelSymbol, string description)
    {
        ulong target = kernel.Symbols.Find(kernelSymbol)?.Address
            ?? throw new ToolchainException("image", $"the kernel defines no '{kernelSymbol}': it cannot host a driver placed in it");
        return new CodeBlob(symbol, description, (a, _) =>
        {
            a.mov(Iced.Intel.AssemblerRegisters.rax, target);
            a.jmp(Iced.Intel.AssemblerRegisters.rax);
        });
    }

    private const string KernelCallTrap = "minix_kernel_call_trap";
    private const string KernelDirectCall = "minix_kernel_direct_call";

    private const string KernelSetIrqHandler = "minix_kernel_set_irq_handler";

    /// <summary>
    /// The names under which a driver placed in the kernel calls the kernel's interrupt hook: for its interrupt
    /// handler (category D) and for its watchdog on the clock's line (C), two names so that a user-mode link error
    /// names the right rule.
    /// </summary>
    private static readonly string[] KernelPlacedServices = [KernelSetIrqHandler, "minix_kernel_set_clock_handler"];

    /// <summary>
    /// The image's system.conf entries, plus those of system processes it lacks from the system.conf next to their
    /// projects; and the text of each file read.
    /// </summary>
    private static (IReadOnlyList<ServiceConfig> Services, IReadOnlyList<string> Texts) Services(SystemImageSpec spec)
    {
        if (Directory.Exists(spec.SystemConf))
            throw new ToolchainException("image", $"{spec.SystemConf}: a folder, not a system.conf (the image project's MinixSystemConf)");
        if (!File.Exists(spec.SystemConf))
            throw new ToolchainException("image", $"{spec.SystemConf}: no such file (the image project's MinixSystemConf)");
        var services = SystemConfReader.ReadFile(spec.SystemConf).ToList();
        var texts = new List<string> { File.ReadAllText(spec.SystemConf) };
        foreach (ImageProcess process in spec.Processes)
        {
            if (!process.IsSystem || services.Any(s => s.Name == process.Name))
                continue;
            string own = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(process.Project))!, "system.conf");
            if (File.Exists(own) && !Path.GetFullPath(own).Equals(Path.GetFullPath(spec.SystemConf), StringComparison.Ordinal))
            {
                services.AddRange(SystemConfReader.ReadFile(own).Where(s => s.Name == process.Name));
                texts.Add(File.ReadAllText(own));
            }
        }

        return (services, texts);
    }

    /// <summary>The boot data modules' bytes; a missing file, a repeated or over-long name is an error naming it.</summary>
    private static IReadOnlyList<(string Name, byte[] Bytes)> DataModules(SystemImageSpec spec)
    {
        var modules = new List<(string, byte[])>();
        foreach (ImageDataModule module in spec.DataModules)
        {
            if (string.IsNullOrEmpty(module.Name) || System.Text.Encoding.UTF8.GetByteCount(module.Name) > Limits.NameLength)
                throw new ToolchainException("image", $"boot data module '{module.Name}' ({module.File}): a name of 1 to {Limits.NameLength} bytes is needed");
            if (modules.Any(m => m.Item1 == module.Name))
                throw new ToolchainException("image", $"boot data module '{module.Name}' is given twice ({module.File})");
            if (!File.Exists(module.File))
                throw new ToolchainException("image", $"boot data module '{module.Name}': file '{module.File}' does not exist");
            modules.Add((module.Name, File.ReadAllBytes(module.File)));
        }

        return modules;
    }

    private static ulong AlignPage(ulong value) => (value + MemoryLayout.PageSize - 1) & ~(MemoryLayout.PageSize - 1);

    /// <summary>
    /// A project the image compiles: the kernel's, or one whose code runs as the processes <paramref name="Runs"/>. Its
    /// C# compiles into the project's own folder, shared by every image; its object is the image's own, in
    /// <paramref name="WorkDirectory"/>.
    /// </summary>
    private sealed record CompileUnit(string Project, string WorkDirectory, string Runs, bool Program)
    {
        public string Name => Path.GetFileNameWithoutExtension(Project);

        public string Object => Path.Combine(WorkDirectory, Name + ".o");
    }

    /// <summary>
    /// The C# compiles of every project in one msbuild run (<see cref="ImageCompileGraph"/>), a progress step per
    /// project as it ends (its time counted from the start of the run, since they compile side by side); a project
    /// given as an image assembly needs none. <paramref name="compiled"/> hears of each unit once, with its assemblies,
    /// as soon as they are all compiled.
    /// </summary>
    private static void CompileAll(SystemImageSpec spec, IReadOnlyList<CompileUnit> units, string outputDirectory, IImageBuildProgress? progress, object gate, Action<CompileUnit, IReadOnlyList<string>> compiled)
    {
        foreach (CompileUnit unit in units.Where(u => IsImageAssembly(u.Project)))
            compiled(unit, [unit.Project, .. spec.ImageReferences.Where(r => !Path.GetFileName(r).Equals(Path.GetFileName(unit.Project), StringComparison.OrdinalIgnoreCase))]);
        var requests = units.Where(u => !IsImageAssembly(u.Project)).ToDictionary(u => new ImageCompileGraph.Request(Path.GetFullPath(u.Project), u.Program));
        if (requests.Count == 0)
            return;

        var steps = requests.ToDictionary(r => r.Key, r => new ImageBuildStep("compile", r.Value.Runs, r.Value.Name));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var reported = new HashSet<ImageCompileGraph.Request>();
        lock (gate)
        {
            foreach (var step in steps.Values)
                progress?.Started(step);
        }

        void Finished(ImageCompileGraph.Request request, IReadOnlyList<string> assemblies, bool compiledNow)
        {
            lock (gate)
            {
                if (!reported.Add(request))
                    return;
                progress?.Finished(steps[request], clock.Elapsed, upToDate: !compiledNow);
            }

            compiled(requests[request], assemblies);
        }

        try
        {
            var results = ImageCompileGraph.Compile([.. requests.Keys], spec.Optimize, outputDirectory, Finished);
            // A project none of whose own compiles ran (its assembly given by another) is ready when all are.
            foreach (var request in requests.Keys)
                Finished(request, results[request], compiledNow: false);
        }
        catch
        {
            lock (gate)
            {
                foreach (var request in requests.Keys.Where(r => !reported.Contains(r)))
                    progress?.Failed(steps[request], clock.Elapsed);
            }

            throw;
        }
    }

    /// <summary>
    /// ILC for every project whose object is out of date, each run queued as its project's C# compile ends
    /// (<see cref="CompileAll"/>), one per core (each ILC run is mostly one thread); an ordinary program gets
    /// Minix.Posix as a second input (<see cref="ProgramImageBuilder"/>).
    /// </summary>
    private static Dictionary<string, string> CompileObjects(IlcToolchain ilc, SystemImageSpec spec, IReadOnlyList<CompileUnit> units, string outputDirectory, IImageBuildProgress? progress)
    {
        var gate = new object();
        var order = units.Select((unit, index) => (unit, index)).ToDictionary(u => u.unit, u => u.index);
        using (var ilcRuns = new ReadyWorkQueue<(CompileUnit Unit, IReadOnlyList<string> Assemblies)>("ILC", run =>
        {
            var (unit, assemblies) = run;
            Directory.CreateDirectory(unit.WorkDirectory);
            Step(progress, new ImageBuildStep("ilc", unit.Runs, unit.Name), gate, () => unit.Program
                ? (0, !ProgramImageBuilder.CompileObject(ilc, assemblies, spec.ImageReferences, unit.Object, spec.Optimize, unit.Runs))
                : (0, !CompileLibraryObject(ilc, assemblies, unit.Object, spec.Optimize)));
        }))
        {
            CompileAll(spec, units, outputDirectory, progress, gate, (unit, assemblies) => ilcRuns.Add(order[unit], (unit, assemblies)));
            ilcRuns.Finish();
        }

        return units.ToDictionary(u => Path.GetFullPath(u.Project), u => u.Object, StringComparer.Ordinal);
    }

    private static bool CompileLibraryObject(IlcToolchain ilc, IReadOnlyList<string> assemblies, string objectFile, bool optimize)
    {
        bool ran = IlcCompiler.CompileIfChanged(ilc, IlcInvocation.ForProject(assemblies, objectFile, optimize));
        ProgramImageBuilder.RecordAssemblies(objectFile, assemblies);
        return ran;
    }

    // Progress reports are serialized through gate when steps run side by side.
    private static T Step<T>(IImageBuildProgress? progress, ImageBuildStep step, Func<(T Result, bool UpToDate)> action) => Step(progress, step, new object(), action);

    private static T Step<T>(IImageBuildProgress? progress, ImageBuildStep step, object gate, Func<(T Result, bool UpToDate)> action)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        lock (gate)
            progress?.Started(step);
        try
        {
            var (result, upToDate) = action();
            lock (gate)
                progress?.Finished(step, clock.Elapsed, upToDate);
            return result;
        }
        catch
        {
            lock (gate)
                progress?.Failed(step, clock.Elapsed);
            throw;
        }
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
