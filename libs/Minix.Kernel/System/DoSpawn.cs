namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>
    /// SYS_SPAWN (privilege managers only): a new incarnation of a boot module in a free slot (the requested one,
    /// or the first dynamic one), with the slot's next generation, blocked until SYS_PRIVCTL gives it privileges
    /// and allows it to run. A slot whose generations are used up is retired (<see cref="Status.SlotRetired"/>).
    /// </summary>
    private static Status DoSpawn(Microkernel kernel, Process caller, ref Message message)
    {
        if ((caller.Privileges!.Rights.Flags & PrivilegeFlags.PrivilegeManager) == 0)
            return Status.NotPrivilegeManager;
        SpawnRequest request = message.Payload<SpawnRequest>();
        if (request.Flags != 0)
            return Status.InvalidArgument;
        Status taken = kernel.TakeSlot(request.Slot, 0, out int slot);
        if (taken != Status.Ok)
            return taken;
        Process child = kernel.ProcessAt(slot);
        Status status = kernel.Create(child, kernel.NextGeneration(slot), request.Module, request.Priority, request.Quantum, Placement.User);
        if (status != Status.Ok)
            return status;
        child.Name = kernel.ModuleName(request.Module, caller.Name);
        message.Payload<SpawnReply>().Child = child.Endpoint;
        return Status.Ok;
    }

    /// <summary>The name of the boot process that runs <paramref name="module"/>, so a restarted service keeps its name; <paramref name="fallback"/> if none does.</summary>
    private ProcessName ModuleName(int module, ProcessName fallback)
    {
        for (int i = 0; i < _bootImage.Length; i++)
        {
            if (_bootImage[i].Module == module)
                return _bootImage[i].Name;
        }

        return fallback;
    }
}
