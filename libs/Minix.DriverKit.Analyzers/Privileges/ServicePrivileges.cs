using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Minix.Kernel.Calls;
using Minix.Kernel.Configuration;

namespace Minix.DriverKit.Analyzers;

/// <summary>
/// The privileges system.conf gives the service being compiled: its io ranges, kernel calls and IPC targets, with
/// the places in the file that grant them. Absent when there is no system.conf, when it cannot be read (MINIX200
/// says why, once) or when it has no entry for the service (MINIX204): the cross-checks then stay silent.
/// </summary>
public sealed class ServicePrivileges
{
    private ServicePrivileges(SystemConfFile file, ServiceConfig service)
    {
        File = file;
        Service = service;
        CallMask = service.SystemMode switch
        {
            ListMode.All => KernelCallMask.All,
            ListMode.None => 0,
            ListMode.Listed => Mask(service.SystemCalls) | KernelCallMask.Basic,
            _ => KernelCallMask.Basic,
        };
    }

    /// <summary>The file.</summary>
    public SystemConfFile File { get; }

    /// <summary>The service's entry.</summary>
    public ServiceConfig Service { get; }

    /// <summary>The kernel calls the service may make.</summary>
    public ulong CallMask { get; }

    /// <summary>Finds the privileges of the compiled service, if the project has a readable system.conf with its entry.</summary>
    /// <param name="options">The analyzer options (AdditionalFiles).</param>
    /// <param name="settings">The project's settings (the service name).</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <returns>The privileges, or null.</returns>
    public static ServicePrivileges? Load(AnalyzerOptions options, AnalyzerSettings settings, CancellationToken cancellation)
    {
        List<SystemConfFile> files = SystemConfFile.ReadAll(options, cancellation);
        foreach (SystemConfFile file in files)
        {
            if (file.Error != null)
                return null;
        }

        foreach (SystemConfFile file in files)
        {
            if (file.Find(settings.ServiceName) is { } service)
                return new ServicePrivileges(file, service);
        }

        return null;
    }

    /// <summary>Whether the service may access <paramref name="width"/> bytes at <paramref name="port"/>.</summary>
    /// <param name="port">The first port.</param>
    /// <param name="width">1, 2 or 4.</param>
    /// <returns>True if granted (or unchecked, <c>io ALL</c>).</returns>
    public bool AllowsPort(int port, int width)
    {
        if (Service.IoMode == ListMode.All)
            return true;
        foreach (PortRange range in Service.Io)
        {
            if (range.Contains(port, width))
                return true;
        }

        return false;
    }

    /// <summary>Whether the service may bind an IRQ line.</summary>
    /// <param name="irq">The line.</param>
    /// <returns>True if listed (or unchecked, <c>irq ALL</c>).</returns>
    public bool AllowsIrq(int irq)
    {
        if (Service.IrqMode == ListMode.All)
            return true;
        foreach (int line in Service.Irqs)
        {
            if (line == irq)
                return true;
        }

        return false;
    }

    /// <summary>Whether the service may make a kernel call.</summary>
    /// <param name="call">The call.</param>
    /// <returns>True if granted.</returns>
    public bool AllowsCall(KernelCall call) => KernelCallMask.Allows(CallMask, (int)call);

    /// <summary>Whether the service may send to a destination named as system.conf names it.</summary>
    /// <param name="name">A service name or SYSTEM / USER.</param>
    /// <returns>True if granted.</returns>
    public bool AllowsIpc(string name)
    {
        switch (Service.IpcMode)
        {
            case ListMode.All:
                return true;
            case ListMode.None:
                return false;
            case ListMode.Listed:
                foreach (ConfigWord word in Service.Ipc)
                {
                    if (word.Text == name)
                        return true;
                }

                return false;
            default:
                return EndpointServices.IsSystemProcess(name);
        }
    }

    /// <summary>What an option grants, for messages: <c>io 378:3 at system.conf:4:5</c>, or <c>no io line</c>.</summary>
    /// <param name="option">io, irq, system or ipc.</param>
    /// <returns>The text.</returns>
    public string Describe(string option)
    {
        if (!Service.OptionLocations.TryGetValue(option, out SourceLocation at))
        {
            return option switch
            {
                "system" => "no system line: basic calls only",
                "ipc" => "no ipc line: system processes only",
                _ => "no " + option + " line",
            };
        }

        string value = option switch
        {
            "io" => Service.IoMode == ListMode.Listed ? string.Join(" ", Service.Io) : Service.IoMode.ToString().ToUpperInvariant(),
            "irq" => Service.IrqMode == ListMode.Listed ? string.Join(" ", Service.Irqs) : Service.IrqMode.ToString().ToUpperInvariant(),
            "system" => Service.SystemMode == ListMode.Listed ? string.Join(" ", Names(Service.SystemCalls)) + " and the basic calls" : Service.SystemMode.ToString().ToUpperInvariant(),
            _ => Service.IpcMode == ListMode.Listed ? string.Join(" ", Service.Ipc) : Service.IpcMode == ListMode.AllSystem ? "ALL_SYS" : Service.IpcMode.ToString().ToUpperInvariant(),
        };
        return option + " " + value + " at " + at;
    }

    /// <summary>Where an option is written, as a location in system.conf, or null if it is absent.</summary>
    /// <param name="option">io, system or ipc.</param>
    /// <returns>The location of the option, else of the entry, for the diagnostic's additional locations.</returns>
    public Location[] OptionLocation(string option) =>
        new[] { File.LocationOf(Service.OptionLocations.TryGetValue(option, out SourceLocation at) ? at : Service.Location) };

    private static ulong Mask(IReadOnlyList<KernelCall> calls)
    {
        ulong mask = 0;
        foreach (KernelCall call in calls)
            mask |= KernelCallMask.Of(call);
        return mask;
    }

    private static IEnumerable<string> Names(IReadOnlyList<KernelCall> calls)
    {
        foreach (KernelCall call in calls)
            yield return KernelCallNames.Name(call);
    }
}
