// Every test here packs the solution and restores from the packages (the new-user route also builds an image and
// boots it): a quick run leaves them out with the filter in docs/contributing.md.
[assembly: AssemblyTrait("Needs", "restore")]
