using System.CommandLine;
using Minix.Build.FaultInjection;
using Minix.Build.Qemu;

namespace Minix.Tool;

/// <summary>
/// <c>minix swifi &lt;image project&gt; --driver NAME --faults N --seed S [--types ...] [--out DIR]</c>: a software
/// fault-injection campaign against one driver of an image that holds the injector <c>swifi</c>.
/// </summary>
public static class SwifiCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var project = ToolOptions.ImageProject();
        var driver = new Option<string[]>("--driver")
        {
            Description = "The driver to inject faults into (its process name in the image, e.g. ramdisk); several names run a campaign each, over one build, in --out/NAME.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var faults = new Option<int>("--faults") { Description = "How many faults the campaign injects in all (numbered 0 .. N-1), for each driver named.", Required = true };
        var seed = new Option<long>("--seed") { Description = "The campaign seed: the same seed, image and types give the same faults.", DefaultValueFactory = _ => 1 };
        var types = new Option<string[]>("--types")
        {
            Description = "Fault types, by turns (default all): source, destination, pointer, interface, loop, text, noop, branch.",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string?>("--out") { Description = "The campaign folder (faults.csv, summary.md, stops/); default swifi-DRIVER-seedS. A campaign stopped half-way resumes from it." };
        var round = new Option<int>("--round") { Description = "Faults per boot at most (fewer when the kernel command line is full).", DefaultValueFactory = _ => 40 };
        var patience = new Option<int>("--fault-timeout") { Description = "Seconds a fault may take before the host's watchdog counts the system as hung.", DefaultValueFactory = _ => 3 };
        var replay = new Option<int?>("--replay") { Description = "Inject only fault K of the campaign (seed, types and image as before) and show the console: how a panic or hang is replayed." };
        var plan = new Option<bool>("--plan") { Description = "Print the plan (each fault's code before and after) without booting." };
        var accel = ToolOptions.Accel();
        var drive = BootCommand.DriveOption();
        var command = new Command("swifi", "Software fault injection: mutate a running driver's machine code (the swifi fault types) under a workload that checks its data, and class what each fault did.")
        {
            project, driver, faults, seed, types, output, round, patience, replay, plan, accel, drive,
        };
        command.SetAction(parse =>
        {
            if (!TryTypes(parse.GetValue(types) ?? [], out IReadOnlyList<FaultType> chosen, out string? bad))
            {
                Console.Error.WriteLine($"minix swifi: --types: unknown type '{bad}' (source, destination, pointer, interface, loop, text, noop, branch)");
                return 2;
            }

            // Bad input exits 2 here (1 means a campaign found a panic or hang), so the range checks are the action's.
            (string Option, int Value, string What)[] counts =
                [("--faults", parse.GetValue(faults), "faults"), ("--round", parse.GetValue(round), "faults per boot"), ("--fault-timeout", parse.GetValue(patience), "seconds")];
            foreach (var (option, value, what) in counts)
            {
                if (value < 1)
                {
                    Console.Error.WriteLine($"minix swifi: {option} {value}: give a number of {what}, at least 1");
                    return 2;
                }
            }

            int count = parse.GetValue(faults);
            if (parse.GetValue(replay) is int k && (k < 0 || k >= count))
            {
                Console.Error.WriteLine($"minix swifi: --replay {k}: the campaign's faults are numbered 0 .. {count - 1} (--faults {count})");
                return 2;
            }

            string[] drivers = [.. (parse.GetValue(driver) ?? []).SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct()];
            if (drivers.Length == 0 || (drivers.Length > 1 && parse.GetValue(replay) is not null))
            {
                Console.Error.WriteLine(drivers.Length == 0 ? "minix swifi: --driver: name a driver" : "minix swifi: --replay: name the one driver whose fault to replay");
                return 2;
            }

            // The drives are checked before the build, as minix boot does: a mistake is not found only at the first boot.
            if (!BootCommand.DrivesFit(parse.GetValue(drive) ?? [], raw: false))
                return 2;

            long campaignSeed = parse.GetValue(seed);
            string? folder = parse.GetValue(output);
            var campaigns = drivers.Select(name => new SwifiCampaign.Settings(parse.GetValue(project)!, name, count, campaignSeed, chosen,
                drivers.Length == 1 ? folder ?? $"swifi-{name}-seed{campaignSeed}" : Path.Combine(folder ?? $"swifi-seed{campaignSeed}", name),
                parse.GetValue(round), parse.GetValue(patience), parse.GetValue(accel), parse.GetValue(drive) ?? [])).ToList();
            return SwifiCampaign.Run(campaigns, parse.GetValue(replay), parse.GetValue(plan));
        });
        return command;
    }

    /// <summary>Parses type names (an enum name or its short form, any case); all types when none are given.</summary>
    /// <param name="names">The names.</param>
    /// <param name="types">The types, in the order given.</param>
    /// <param name="bad">The first name that is not a type.</param>
    /// <returns>True if every name is a type.</returns>
    public static bool TryTypes(IReadOnlyList<string> names, out IReadOnlyList<FaultType> types, out string? bad)
    {
        var list = new List<FaultType>();
        bad = null;
        foreach (string name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            FaultType? type = name.ToLowerInvariant() switch
            {
                "source" => FaultType.SourceRegister,
                "destination" or "dest" => FaultType.DestinationRegister,
                "branch" => FaultType.BranchInversion,
                _ => Enum.TryParse(name, ignoreCase: true, out FaultType parsed) ? parsed : null,
            };
            if (type is null)
            {
                bad = name;
                types = [];
                return false;
            }

            list.Add(type.Value);
        }

        types = list.Count > 0 ? list : Enum.GetValues<FaultType>();
        return true;
    }
}
