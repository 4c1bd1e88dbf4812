using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel;

namespace Minix.Commands.Service;

/// <summary>
/// What service asks RS and the data store: on the image <see cref="ServiceControl"/> and <see cref="DataStore"/>
/// (Image/); on the host, where there is no RS, every call fails with <see cref="Status.NotImplemented"/> (Host/).
/// </summary>
public static partial class ServiceCalls
{
    /// <summary>The longest label.</summary>
    public const int MaxLabel = ProcessName.Capacity;

    /// <summary>What RS knows of the service.</summary>
    /// <param name="label">Its label.</param>
    /// <param name="reply">RS's answer.</param>
    /// <returns>RS's status.</returns>
    public static partial Status Query(string label, out ServiceStatusReply reply);

    /// <summary>Asks RS to bring the service <c>up</c>, take it <c>down</c> or <c>restart</c> it.</summary>
    /// <param name="request">The request's name.</param>
    /// <param name="label">The service's label.</param>
    /// <returns>RS's status.</returns>
    public static partial Status Change(string request, string label);

    /// <summary>
    /// Waits until the data store names the service at an endpoint other than <paramref name="old"/>, and, for a
    /// driver, until its device announcement (<c>drv.LABEL</c>, where VFS looks) does too.
    /// </summary>
    /// <param name="label">The service's label.</param>
    /// <param name="old">The endpoint it had.</param>
    /// <param name="now">The endpoint it has now.</param>
    /// <returns>The data store's status.</returns>
    public static partial Status WaitForAnnouncement(string label, Endpoint old, out Endpoint now);
}
