package it.scacchiera.cli;

import it.scacchiera.export.ScheduleCsvReader;
import it.scacchiera.export.ScheduleCsvWriter;
import it.scacchiera.input.InputException;
import it.scacchiera.persistence.ConcurrentSaveException;
import it.scacchiera.persistence.Database;
import it.scacchiera.persistence.DatabaseChoice;
import it.scacchiera.persistence.DatabaseSettings;
import it.scacchiera.persistence.JdbcPlanStore;
import it.scacchiera.persistence.PlanContent;
import it.scacchiera.persistence.PlanNotFoundException;
import it.scacchiera.persistence.PlanSettings;
import it.scacchiera.persistence.PlanStore;
import it.scacchiera.persistence.PlanSummary;
import it.scacchiera.persistence.Publication;
import it.scacchiera.persistence.SiteRef;
import it.scacchiera.persistence.StoredPlan;
import it.scacchiera.roster.ScheduleEntry;
import it.scacchiera.site.Site;
import it.scacchiera.site.SiteReader;
import it.scacchiera.verify.PlanVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plans}: the stored plans for backups and scripts. The database is {@code --db URL} (or
 * SCACCHIERA_DB_URL), else the one chosen in the app, else the default H2 file. Every write names the
 * version it expects: exit 3 when someone else changed the plan since, 2 on bad input.
 */
@Command(
        name = "plans",
        description = "Lists, exports, imports, publishes and deletes stored plans.",
        subcommandsRepeatable = false)
public final class PlansCommand implements Runnable {
    static final int CONFLICT = 3;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--db",
            paramLabel = "URL",
            defaultValue = "${env:SCACCHIERA_DB_URL}",
            description = "jdbc:postgresql://host/db or jdbc:h2:file:PATH (default: the app's database).")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:SCACCHIERA_DB_USER}")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:SCACCHIERA_DB_PASSWORD}")
    String password;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "plans needs one of: list, export, import, publish, delete");
    }

    @Command(name = "list", description = "Every stored plan, one per line; the last line is plans=<n>.")
    int list() throws IOException {
        return withStore(store -> {
            List<PlanSummary> plans = store.listAll();
            PrintWriter out = out();
            out.println("id\tversion\tstatus\tfrom\tweeks\tsite\tsite_id\tlabel\tscore");
            for (PlanSummary plan : plans) {
                out.println(String.join(
                        "\t",
                        Long.toString(plan.id()),
                        Long.toString(plan.version()),
                        plan.status().name(),
                        plan.horizon().from().toString(),
                        Integer.toString(plan.horizon().weeks()),
                        oneLine(plan.site().name()),
                        plan.site().id(),
                        oneLine(plan.label()),
                        plan.score() == null ? "" : oneLine(plan.score())));
            }
            out.println("plans=" + plans.size());
            return ExitCodes.OK;
        });
    }

    @Command(name = "export", description = "Writes a plan's schedule CSV (SPEC §4).")
    int export(
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--out", required = true, paramLabel = "F") Path file,
            @Option(names = "--delimiter", paramLabel = "C", defaultValue = ",") char delimiter)
            throws IOException {
        if (delimiter != ',' && delimiter != ';') {
            throw new IllegalArgumentException("--delimiter must be ',' or ';'");
        }
        return withStore(store -> {
            StoredPlan plan = store.load(id).orElseThrow(() -> new PlanNotFoundException(id));
            new ScheduleCsvWriter(delimiter).write(file, plan.entries());
            out().println("exported plan " + id + " version " + plan.summary().version() + ": "
                    + plan.entries().size() + " rows to " + file);
            return ExitCodes.OK;
        });
    }

    @Command(name = "import", description = "Stores a schedule CSV as a new draft of the site in DIR.")
    int importPlan(
            @Option(names = "--site", required = true, paramLabel = "DIR") Path folder,
            @Option(names = "--schedule", required = true, paramLabel = "F") Path schedule,
            @Option(names = "--label", required = true, paramLabel = "L") String label)
            throws IOException, InputException {
        if (label.isBlank()) {
            throw new IllegalArgumentException("--label must not be blank");
        }
        Site site = new SiteReader().readFolder(folder);
        List<ScheduleEntry> entries = new ScheduleCsvReader()
                .withShifts(site.shifts())
                .withOperators(site.operators())
                .withFloors(site.floors())
                .read(schedule);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(schedule + ": an empty schedule spans no week");
        }
        var content = new PlanContent(
                new SiteRef(site.id(), site.name()),
                PlanVerifier.spanning(entries),
                label,
                null,
                PlanSettings.DEFAULT,
                entries,
                List.of());
        return withStore(store -> {
            PlanSummary saved = store.save(content);
            out().println("imported plan " + saved.id() + " version " + saved.version() + ": " + entries.size()
                    + " rows, " + saved.horizon().weeks() + " week(s) from "
                    + saved.horizon().from() + ", site "
                    + site.name() + " (" + site.id() + ")");
            return ExitCodes.OK;
        });
    }

    @Command(
            name = "publish",
            description = "Publishes a plan; plans of its site published for any of its days are archived.")
    int publish(
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--version", required = true, paramLabel = "V", description = "The version you saw.")
                    long version)
            throws IOException {
        return withStore(store -> {
            Publication publication = store.publish(id, version);
            PrintWriter out = out();
            for (PlanSummary archived : publication.archived()) {
                out.println("archived plan " + archived.id() + " \"" + oneLine(archived.label()) + "\" ("
                        + archived.horizon().weeks() + " week(s) from "
                        + archived.horizon().from() + ")");
            }
            out.println("published plan " + id + " version "
                    + publication.published().version());
            return ExitCodes.OK;
        });
    }

    @Command(name = "delete", description = "Deletes a plan with its rows and pins.")
    int delete(
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--version", required = true, paramLabel = "V", description = "The version you saw.")
                    long version)
            throws IOException {
        return withStore(store -> {
            if (!store.delete(id, version)) {
                throw new PlanNotFoundException(id);
            }
            out().println("deleted plan " + id);
            return ExitCodes.OK;
        });
    }

    private interface StoreWork {
        int run(PlanStore store) throws IOException;
    }

    /** Opens the database for one command and closes it after (an H2 file is released at once). */
    private int withStore(StoreWork work) throws IOException {
        try (Database database = Database.open(choice())) {
            return work.run(new JdbcPlanStore(database.dataSource()));
        } catch (ConcurrentSaveException e) {
            spec.commandLine().getErr().println(e.getMessage() + " (plans list shows its version now)");
            return CONFLICT;
        }
    }

    private DatabaseChoice choice() throws IOException {
        if (url == null || url.isBlank()) {
            return new DatabaseSettings(DatabaseSettings.defaultFile()).load();
        }
        return new DatabaseChoice(url, user, password);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Labels are free text: a tab or line end in one must not break the listing's columns. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]", " ");
    }
}
