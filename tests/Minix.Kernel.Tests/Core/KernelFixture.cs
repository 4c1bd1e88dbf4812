using Minix.Ipc;
using Minix.Kernel.Boot;
using Minix.Kernel.Calls;
using Minix.Kernel.Core;
using Minix.Kernel.Grants;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Tests.Core;

/// <summary>A booted kernel with a few processes, and helpers to make their traps.</summary>
public sealed class KernelFixture
{
    public const ulong Buffer = TestMachine.Base;
    public const ulong Data = TestMachine.Base + 0x1000;

    public TestMachine Machine { get; } = new();

    public Microkernel Kernel { get; }

    public KernelFixture(params BootImageEntry[] image)
    {
        Kernel = new Microkernel(Machine, hz: 100);
        Assert.Equal(Status.Ok, Kernel.Boot(image.Length > 0 ? image : DefaultImage()));
    }

    public static BootImageEntry Service(int slot, string name, Func<Privilege, Privilege>? shape = null, int priority = 4)
    {
        var rights = new Privilege
        {
            TrapMask = IpcCallMask.All,
            Flags = PrivilegeFlags.SystemProcess | PrivilegeFlags.Preemptible | PrivilegeFlags.CheckIoPorts | PrivilegeFlags.CheckIrqs,
            SendMask = ulong.MaxValue & ~(1UL << PrivilegeId.User),
            CallMask = KernelCallMask.Basic,
        };
        return new BootImageEntry
        {
            Endpoint = new Endpoint(slot),
            Module = slot,
            Priority = priority,
            Quantum = 5,
            Name = ProcessNameText.From(name),
            Privilege = shape is null ? rights : shape(rights),
        };
    }

    public static BootImageEntry UserProgram(int slot, string name) => new()
    {
        Endpoint = new Endpoint(slot),
        Module = slot,
        Priority = 7,
        Quantum = 5,
        Name = ProcessNameText.From(name),
        Privilege = Privilege.User(PrivilegeId.User, ulong.MaxValue),
    };

    public static BootImageEntry[] DefaultImage() =>
    [
        Service(2, "rs", p => { p.Flags |= PrivilegeFlags.PrivilegeManager; p.CallMask = KernelCallMask.All; return p; }),
        Service(4, "a"),
        Service(5, "b"),
        Service(6, "printer", p =>
        {
            p.AddIoRange(new IoRange(0x378, 0x37A));
            p.IrqMask = 1 << 7;
            p.CallMask |= KernelCallMask.Of(KernelCall.DevIo) | KernelCallMask.Of(KernelCall.VDevIo) | KernelCallMask.Of(KernelCall.IrqCtl);
            p.SendMask = 1UL << PrivilegeId.Static(new Endpoint(2));
            return p;
        }),
        UserProgram(7, "user"),
    ];

    public Process P(int slot) => Kernel.ProcessAt(slot);

    public Status Ipc(Process caller, IpcCall call, Endpoint partner, Message? message = null, ulong address = Buffer)
    {
        if (message is Message m)
            Machine.WriteMessage(caller, address, m);
        Kernel.IpcTrap(caller, (int)call, partner.Value, address);
        return caller.Result;
    }

    public Status Call<T>(Process caller, KernelCall call, T request, ulong address = Buffer)
        where T : unmanaged, IMessagePayload
    {
        Machine.WriteMessage(caller, address, Message.Create(MessageType.KernelCallBase + (int)call, request));
        Kernel.KernelCallTrap(caller, address);
        return caller.Result;
    }

    public T Reply<T>(Process caller, ulong address = Buffer)
        where T : unmanaged, IMessagePayload => Machine.ReadMessage(caller, address).Payload<T>();

    public Message Received(Process p, ulong address = Buffer) => Machine.ReadMessage(p, address);

    public void RegisterGrants(Process p, params GrantEntry[] entries)
    {
        const ulong table = TestMachine.Base + 0x8000;
        for (int i = 0; i < entries.Length; i++)
            Machine.WriteStruct(p, table + (ulong)(i * GrantEntry.Size), entries[i]);
        Assert.Equal(Status.Ok, Call(p, KernelCall.SetGrant, new SetGrantRequest { Address = table, Entries = entries.Length }));
    }
}
