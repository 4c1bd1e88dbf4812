using Minix.Ipc;

namespace Minix.Ipc.Tests;

public class IpcCallTests
{
    [Fact]
    public void Primitives_have_minix_trap_numbers()
    {
        Assert.Equal(1, (int)IpcCall.Send);
        Assert.Equal(2, (int)IpcCall.Receive);
        Assert.Equal(3, (int)IpcCall.SendRec);
        Assert.Equal(4, (int)IpcCall.Notify);
        Assert.Equal(5, (int)IpcCall.SendNb);
    }

    [Fact]
    public void User_processes_may_only_use_sendrec()
    {
        foreach (IpcCall call in Enum.GetValues<IpcCall>())
            Assert.Equal(call == IpcCall.SendRec, IpcCallMask.Allows(IpcCallMask.User, call));
        Assert.All(Enum.GetValues<IpcCall>(), call => Assert.True(IpcCallMask.Allows(IpcCallMask.All, call)));
    }

    [Fact]
    public void Out_of_range_call_numbers_are_never_allowed()
    {
        Assert.False(IpcCallMask.Allows(0xFF, (IpcCall)9));
        Assert.False(IpcCallMask.Allows(0xFF, (IpcCall)(-1)));
    }

    [Fact]
    public void Status_word_carries_the_call_and_the_kernel_flag()
    {
        var status = IpcStatus.Of(IpcCall.Notify, fromKernel: true);
        Assert.True(status.IsNotify);
        Assert.True(status.IsFromKernel);
        Assert.Equal(IpcCall.SendRec, IpcStatus.Of(IpcCall.SendRec, false).Call);
        Assert.False(IpcStatus.Of(IpcCall.SendRec, false).IsFromKernel);
    }

    [Fact]
    public void Ipc_without_a_machine_fails_with_a_clear_error()
    {
        var message = new Message(1);
        var error = Assert.Throws<InvalidOperationException>(() => Messaging.SendRec(Endpoint.ReincarnationServer, ref message));
        Assert.Contains("simulated machine", error.Message);
    }
}
