using System.Collections.Generic;
using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Configuration;
using Minix.Kernel.Privileges;

namespace Minix.Kernel;

/// <summary>
/// Makes the boot-image table from the processes an image starts and its system.conf: each system process gets the
/// privileges its entry grants (the reincarnation server, at its fixed slot, is also the privilege manager), each
/// user program the shared user privileges. Mistakes are reported like system.conf errors, with file and line.
/// </summary>
public static class BootImageBuilder
{
    /// <summary>Scheduling queue of a system process whose entry gives none.</summary>
    public const int DefaultSystemPriority = 4;

    /// <summary>Scheduling queue of user programs.</summary>
    public const int UserPriority = 7;

    /// <summary>Quantum in ticks when the entry gives none.</summary>
    public const int DefaultQuantum = 8;

    /// <summary>Builds the table.</summary>
    /// <param name="processes">The boot processes.</param>
    /// <param name="services">The system.conf entries.</param>
    /// <param name="configFile">The system.conf file name, for errors about a missing entry.</param>
    /// <param name="dataModules">The image's boot data modules by name, with the physical memory each will occupy.</param>
    /// <returns>The table, in the order given.</returns>
    /// <exception cref="SystemConfException">A system process has no entry, an entry names an unknown service or data module, or two processes share a slot or name.</exception>
    public static BootImageEntry[] Build(IReadOnlyList<BootProcess> processes, IReadOnlyList<ServiceConfig> services, string configFile,
        IReadOnlyDictionary<string, MemoryRange>? dataModules = null)
    {
        var byName = new Dictionary<string, ServiceConfig>();
        foreach (ServiceConfig service in services)
            byName[service.Name] = service;
        var ids = new Dictionary<string, int>();
        var slots = new HashSet<int>();
        var nowhere = new SourceLocation(configFile, 1, 1);
        foreach (BootProcess process in processes)
        {
            if (process.Slot < 0 || process.Slot > PrivilegeId.MaxBootSlot)
                throw new SystemConfException(nowhere, "boot process '" + process.Name + "' has slot " + process.Slot + "; boot slots are 0.." + PrivilegeId.MaxBootSlot);
            if (!slots.Add(process.Slot) || ids.ContainsKey(process.Name))
                throw new SystemConfException(nowhere, "boot process '" + process.Name + "' repeats a slot or a name");
            ids[process.Name] = process.IsSystem ? PrivilegeId.Static(new Endpoint(process.Slot)) : PrivilegeId.User;
        }

        int Resolve(string name) => ids.TryGetValue(name, out int id) ? id : byName.ContainsKey(name) ? PrivilegeBuilder.NotStarted : -1;
        var table = new BootImageEntry[processes.Count];
        for (int i = 0; i < processes.Count; i++)
        {
            BootProcess process = processes[i];
            byName.TryGetValue(process.Name, out ServiceConfig? service);
            Privilege privilege;
            if (process.IsSystem)
            {
                if (service is null)
                    throw new SystemConfException(nowhere, "system process '" + process.Name + "' has no 'service " + process.Name + "' entry in " + configFile);
                bool manager = process.Slot == Endpoint.ReincarnationServer.Slot;
                privilege = PrivilegeBuilder.Build(service, ids[process.Name], Resolve, manager, dataModules);
            }
            else
            {
                privilege = Privilege.User(PrivilegeId.User, AllSystemProcesses(processes));
            }

            table[i] = new BootImageEntry
            {
                Endpoint = new Endpoint(process.Slot),
                Module = process.Module,
                Priority = service?.Priority ?? (process.IsSystem ? DefaultSystemPriority : UserPriority),
                Quantum = service?.Quantum ?? DefaultQuantum,
                HeartbeatPeriod = service?.Period ?? 0,
                Placement = process.Placement,
                Name = ProcessNameText.From(process.Name),
                Privilege = privilege,
                ControlMask = service is null ? 0 : ControlMask(service, Resolve),
            };
        }

        return table;
    }

    /// <summary>The privilege ids named by an entry's <c>control</c> option (<c>USER</c>: every user program).</summary>
    private static ulong ControlMask(ServiceConfig service, Func<string, int> resolve)
    {
        ulong mask = 0;
        foreach (ConfigWord word in service.Control)
        {
            int id = word.Text == "USER" ? PrivilegeId.User : resolve(word.Text);
            if (id == PrivilegeBuilder.NotStarted)
                continue;
            if (id < 0)
                throw new SystemConfException(word.Location, "control names '" + word.Text + "', which is not a service in system.conf");
            mask |= 1UL << id;
        }

        return mask;
    }

    private static ulong AllSystemProcesses(IReadOnlyList<BootProcess> processes)
    {
        ulong mask = 0;
        foreach (BootProcess p in processes)
        {
            if (p.IsSystem)
                mask |= 1UL << PrivilegeId.Static(new Endpoint(p.Slot));
        }

        return mask;
    }
}
