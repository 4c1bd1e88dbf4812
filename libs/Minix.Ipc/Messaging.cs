namespace Minix.Ipc;

/// <summary>
/// The IPC primitives as a process calls them. On the image each one is a trap into the kernel; on the host they
/// go to the simulated machine the calling thread belongs to (<see cref="IIpcTransport"/>). Every call returns a
/// <see cref="Status"/>; the kernel never lets a bad argument crash the system, it answers with an error code.
/// </summary>
public static class Messaging
{
    /// <summary>SEND: blocks until <paramref name="destination"/> has received <paramref name="message"/>.</summary>
    /// <param name="destination">The receiver.</param>
    /// <param name="message">The message; its <see cref="Message.Source"/> is overwritten by the kernel.</param>
    /// <returns><see cref="Status.Ok"/>, or why not (dead endpoint, send mask, deadlock, ...).</returns>
    public static Status Send(Endpoint destination, ref Message message) => IpcTrap.Call(IpcCall.Send, destination, ref message, out _);

    /// <summary>RECEIVE: blocks until a message from <paramref name="source"/> (or anyone, for <see cref="Endpoint.Any"/>) arrives.</summary>
    /// <param name="source">Whom to receive from.</param>
    /// <param name="message">Receives the message.</param>
    /// <param name="status">How it was delivered (a notification, a SENDREC, ...).</param>
    /// <returns><see cref="Status.Ok"/>, or why not.</returns>
    public static Status Receive(Endpoint source, ref Message message, out IpcStatus status) => IpcTrap.Call(IpcCall.Receive, source, ref message, out status);

    /// <summary>SENDREC: sends <paramref name="message"/> to <paramref name="partner"/> and waits for its reply in the same buffer.</summary>
    /// <param name="partner">The server or driver.</param>
    /// <param name="message">Request in, reply out.</param>
    /// <returns><see cref="Status.Ok"/> when a reply arrived (check the reply's own status too), or why not.</returns>
    public static Status SendRec(Endpoint partner, ref Message message) => IpcTrap.Call(IpcCall.SendRec, partner, ref message, out _);

    /// <summary>NOTIFY: sets one pending bit at <paramref name="destination"/>, or delivers at once if it is waiting; never blocks.</summary>
    /// <param name="destination">Whom to notify.</param>
    /// <returns><see cref="Status.Ok"/>, or why not.</returns>
    public static Status Notify(Endpoint destination)
    {
        var empty = default(Message);
        return IpcTrap.Call(IpcCall.Notify, destination, ref empty, out _);
    }

    /// <summary>SENDNB: sends only if <paramref name="destination"/> is waiting right now; never blocks.</summary>
    /// <param name="destination">The receiver.</param>
    /// <param name="message">The message.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.NotReady"/> if the receiver is not waiting, or why not.</returns>
    public static Status SendNb(Endpoint destination, ref Message message) => IpcTrap.Call(IpcCall.SendNb, destination, ref message, out _);

    /// <summary>
    /// REPLYRECEIVE: sends <paramref name="message"/> to <paramref name="client"/> without blocking, then receives the
    /// next message from anyone into it, in one trap (a server's loop: answer one request, take the next).
    /// </summary>
    /// <param name="client">The process the reply is for; it must be waiting for it (in its SENDREC).</param>
    /// <param name="message">The reply; on success, the message received.</param>
    /// <param name="status">How the received message came (sender's primitive, notification or not).</param>
    /// <returns><see cref="Status.Ok"/>, or <see cref="Status.NotReady"/> if the client was not waiting (nothing was received).</returns>
    public static Status ReplyReceive(Endpoint client, ref Message message, out IpcStatus status) => IpcTrap.Call(IpcCall.ReplyReceive, client, ref message, out status);

    /// <summary>
    /// A kernel call: <paramref name="message"/> holds the request (type <c>0x600 + call number</c>); on return it
    /// holds the reply, whose <see cref="Message.Type"/> is the call's status.
    /// </summary>
    /// <param name="message">Request in, reply out.</param>
    /// <returns>The call's status (also in <see cref="Message.Type"/>).</returns>
    public static Status KernelCall(ref Message message) => IpcTrap.KernelCall(ref message);
}
