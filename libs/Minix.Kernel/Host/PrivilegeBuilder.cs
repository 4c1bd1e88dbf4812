using System.Collections.Generic;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Configuration;
using Minix.Kernel.Privileges;

namespace Minix.Kernel;

/// <summary>
/// Turns system.conf entries into the kernel's <see cref="Privilege"/> records, the way the reincarnation server
/// does in MINIX: I/O and IRQ tables with their checks on (unless ALL), the kernel-call mask (basic calls added
/// unless NONE), and the send mask from the <c>ipc</c> names.
/// </summary>
public static class PrivilegeBuilder
{
    /// <summary>What a resolver returns for a service that exists but is not running: the name is fine, no bit is set.</summary>
    public const int NotStarted = -2;

    /// <summary>Builds the privileges of one service.</summary>
    /// <param name="service">The entry.</param>
    /// <param name="id">The privilege id the service gets.</param>
    /// <param name="resolve">Finds the privilege id of a service named in <c>ipc</c>: -1 if there is no such service,
    /// <see cref="NotStarted"/> if it exists but does not run (yet).</param>
    /// <param name="privilegeManager">True for the reincarnation server, which may create processes and set privileges.</param>
    /// <param name="dataModules">The image's boot data modules by name, with the physical memory each occupies (for <c>mem</c>).</param>
    /// <returns>The privileges.</returns>
    /// <exception cref="SystemConfException">An <c>ipc</c> name or a <c>mem</c> module is unknown, or the entry lists calls only a privilege manager may make.</exception>
    public static Privilege Build(ServiceConfig service, int id, Func<string, int> resolve, bool privilegeManager,
        IReadOnlyDictionary<string, MemoryRange>? dataModules = null)
    {
        var privilege = new Privilege
        {
            Id = (byte)id,
            TrapMask = IpcCallMask.All,
            Flags = PrivilegeFlags.SystemProcess | PrivilegeFlags.Preemptible | PrivilegeFlags.CheckMemory,
        };
        if (privilegeManager)
            privilege.Flags |= PrivilegeFlags.PrivilegeManager;

        if (service.IoMode != ListMode.All)
            privilege.Flags |= PrivilegeFlags.CheckIoPorts;
        foreach (PortRange range in service.Io)
        {
            Status status = privilege.AddIoRange(new IoRange((ushort)range.First, (ushort)range.Last));
            if (status != Status.Ok)
                throw new SystemConfException(service.OptionLocations["io"], "port range " + range + " cannot be added: " + StatusInfo.Message(status));
        }

        foreach (MemoryEntry entry in service.Memory)
        {
            MemoryRange range = new() { Base = entry.Physical, Limit = entry.Physical + entry.Length - 1 };
            if (entry.Module is not null && (dataModules is null || !dataModules.TryGetValue(entry.Module, out range)))
                throw new SystemConfException(entry.Location, "mem names '" + entry.Module + "', which is not a boot data module of the image");
            Status status = privilege.AddMemoryRange(range);
            if (status != Status.Ok)
                throw new SystemConfException(entry.Location, "memory range " + entry + " cannot be added: " + StatusInfo.Message(status));
        }

        if (service.IrqMode != ListMode.All)
            privilege.Flags |= PrivilegeFlags.CheckIrqs;
        foreach (int irq in service.Irqs)
            privilege.IrqMask |= (ushort)(1 << irq);

        privilege.CallMask = service.SystemMode switch
        {
            ListMode.All => KernelCallMask.All,
            ListMode.None => 0,
            _ => KernelCallMask.Basic,
        };
        foreach (KernelCall call in service.SystemCalls)
        {
            if (!privilegeManager && (call == KernelCall.PrivCtl || call == KernelCall.Spawn))
            {
                throw new SystemConfException(
                    service.OptionLocations["system"],
                    "service '" + service.Name + "' lists " + KernelCallNames.Name(call) + ", which only the privilege manager (rs) may make");
            }

            privilege.CallMask |= KernelCallMask.Of(call);
            if (call == KernelCall.GetKSig)
                privilege.Flags |= PrivilegeFlags.SignalManager;
        }

        privilege.SendMask = service.IpcMode switch
        {
            ListMode.All => ulong.MaxValue,
            ListMode.None or ListMode.Listed => 0,
            _ => ~(1UL << PrivilegeId.User),
        };
        foreach (ConfigWord target in service.Ipc)
        {
            int targetId = target.Text switch
            {
                "SYSTEM" => PrivilegeId.Static(Endpoint.System),
                "USER" => PrivilegeId.User,
                _ => resolve(target.Text),
            };
            if (targetId == NotStarted)
                continue;
            if (targetId < 0)
                throw new SystemConfException(target.Location, "ipc names '" + target.Text + "', which is not a service in system.conf");
            privilege.SendMask |= 1UL << targetId;
        }

        return privilege;
    }
}
