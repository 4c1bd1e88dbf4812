using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;
using Minix.Kernel.Grants;

namespace Image.Programs.Hostile;

/// <summary>The holder of the witness's grant: on request it copies the granted page and answers its checksum; anything else it echoes.</summary>
public static class GrantHolder
{
    private static byte[] s_copy = [];

    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "hostile_holder_main")]
    public static void Main()
    {
        s_copy = new byte[HostileImage.DataBytes];
        while (true)
        {
            var m = default(Message);
            if (Messaging.Receive(Endpoint.Any, ref m, out _) != Status.Ok)
                continue;
            Endpoint from = m.Source;
            if (m.Type == HostileImage.CopyGrant)
            {
                Status status = Sys.SafeCopyFrom(from, GrantId.Create(0, 0), 0, s_copy);
                m = Message.Create(0, new Checksum { Status = status, Sum = HostileImage.Sum(s_copy) });
            }

            Messaging.SendNb(from, ref m);
        }
    }
}
