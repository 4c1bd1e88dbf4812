using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>MINIX203 however the destination is written.</summary>
public class IpcDestinationTests
{
    private const string Conf = "service printer\n{\n    ipc SYSTEM rs tty;\n};\n";

    [Fact]
    public async Task A_destination_named_after_the_message_is_checked()
    {
        const string source = """
            using Minix.Ipc;

            static class Printer
            {
                public static void Run()
                {
                    var message = new Message(0);
                    Messaging.SendRec(message: ref message, partner: {|#0:Endpoint.DataStore|});
                    Messaging.Send(message: ref message, destination: Endpoint.Terminal);
                }
            }
            """;
        await PrivilegeTests.AsPrinter<IpcTargetAnalyzer>(source, Conf)
            .Expect(PrivilegeTests.Denied(Descriptors.IpcTargetNotGranted, 0, 3, 5, "Messaging.SendRec", "ds", "printer", "ipc SYSTEM rs tty at system.conf:3:5"))
            .RunAsync();
    }

    [Fact]
    public async Task Each_endpoint_a_conditional_may_choose_is_checked()
    {
        const string source = """
            using Minix.Ipc;

            static class Printer
            {
                public static void Run(bool log)
                {
                    Messaging.Notify(log ? Endpoint.Terminal : {|#0:Endpoint.DataStore|});
                }
            }
            """;
        await PrivilegeTests.AsPrinter<IpcTargetAnalyzer>(source, Conf)
            .Expect(PrivilegeTests.Denied(Descriptors.IpcTargetNotGranted, 0, 3, 5, "Messaging.Notify", "ds", "printer", "ipc SYSTEM rs tty at system.conf:3:5"))
            .RunAsync();
    }

    [Fact]
    public async Task A_destination_kept_in_a_local_is_checked_at_each_value_the_local_is_given()
    {
        const string source = """
            using Minix.Ipc;

            static class Printer
            {
                public static void Run(bool retry)
                {
                    var message = new Message(0);
                    Endpoint target = Endpoint.Terminal;
                    if (retry)
                        target = {|#0:Endpoint.DataStore|};
                    var again = target;
                    Messaging.SendRec(again, ref message);
                }
            }
            """;
        await PrivilegeTests.AsPrinter<IpcTargetAnalyzer>(source, Conf)
            .Expect(PrivilegeTests.Denied(Descriptors.IpcTargetNotGranted, 0, 3, 5, "Messaging.SendRec", "ds", "printer", "ipc SYSTEM rs tty at system.conf:3:5"))
            .RunAsync();
    }

    [Fact]
    public async Task A_local_given_only_allowed_endpoints_is_no_finding_even_when_it_is_assigned_from_itself()
    {
        const string source = """
            using Minix.Ipc;

            static class Printer
            {
                public static void Run(bool log)
                {
                    Endpoint target = log ? Endpoint.Log : Endpoint.Terminal;
                    Endpoint other = target;
                    target = other;
                    Messaging.Notify(target);
                }
            }
            """;
        await PrivilegeTests.AsPrinter<IpcTargetAnalyzer>(source, "service printer\n{\n    ipc SYSTEM rs tty log;\n};\n")
            .RunAsync();
    }
}
