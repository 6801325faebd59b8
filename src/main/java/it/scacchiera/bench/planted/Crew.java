package it.scacchiera.bench.planted;

import it.scacchiera.roster.Horizon;
import it.scacchiera.roster.Operator;
import it.scacchiera.roster.Shift;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The people of the hidden plan. Each member works one shift, so rest between shifts is at least 16 hours.
 * For every shift, two pools: operators the hidden plan seats (most cannot work remotely: no permission, or
 * an employer not authorised for it, or the office-only service) and operators who may work remotely. Each
 * instance of a shift needs a number from each pool: the seated pool fills part of the seats, the remote
 * pool the rest of the seats and then works from home. A member who works fewer days in a week than their
 * contract is on leave on the other days they could work, so rule 7 holds exactly.
 */
final class Crew {
    private final Family family;
    private final Random random;
    private final List<Member> members = new ArrayList<>();
    private int teams;

    Crew(Family family, Random random) {
        this.family = family;
        this.random = random;
    }

    List<Member> members() {
        return members;
    }

    /**
     * Staffs each instance with {@code seated[i]} members who cannot work remotely and {@code mobile[i]} who
     * can; returns, per instance, its workers (seated pool first).
     */
    Map<Instance, List<Member>> staff(List<Instance> instances, int[] seated, int[] mobile) {
        Map<Instance, List<Member>> workers = new LinkedHashMap<>();
        instances.forEach(instance -> workers.put(instance, new ArrayList<>()));
        for (Shift shift : family.shifts()) {
            for (boolean canGoRemote : new boolean[] {false, true}) {
                int[][] need = new int[family.horizon().weeks()][7];
                for (int i = 0; i < instances.size(); i++) {
                    Instance instance = instances.get(i);
                    if (instance.shift().equals(shift)) {
                        int week = family.horizon().weekOf(instance.date());
                        int day = instance.date().getDayOfWeek().getValue() - 1;
                        need[week][day] = canGoRemote ? mobile[i] : seated[i];
                    }
                }
                List<Member> pool = pool(shift, canGoRemote, need);
                schedule(pool, workers, instances);
            }
        }
        return workers;
    }

    /**
     * Members of one pool work each week's needs: existing members first, most days first, then new members
     * until every need is met. A member who works fewer days than their contract is on leave the other days;
     * one who joins in a later week was on leave before.
     */
    private List<Member> pool(Shift shift, boolean canGoRemote, int[][] need) {
        List<Member> pool = new ArrayList<>();
        for (int week = 0; week < need.length; week++) {
            int[] left = need[week].clone();
            List<Member> order = new ArrayList<>(pool);
            Collections.shuffle(order, random);
            order.sort(Comparator.comparingInt((Member m) -> -m.daysPerWeek));
            List<List<Integer>> days = new ArrayList<>();
            for (Member member : order) {
                days.add(WeekDays.take(member.daysPerWeek, left, random));
            }
            while (Arrays.stream(left).sum() > 0) {
                Member member = newMember(shift, canGoRemote, teams + pool.size() / 12);
                pool.add(member);
                order.add(member);
                days.add(WeekDays.take(member.daysPerWeek, left, random));
            }
            LocalDate monday = family.horizon().from().plusWeeks(week);
            for (int m = 0; m < order.size(); m++) {
                for (int day : days.get(m)) {
                    order.get(m).worked.add(monday.plusDays(day));
                }
            }
        }
        teams += (pool.size() + 11) / 12;
        members.addAll(pool);
        return pool;
    }

    /** Puts each member's worked dates into the instances' staff lists and sets their leave, week by week. */
    private void schedule(List<Member> pool, Map<Instance, List<Member>> workers, List<Instance> instances) {
        Map<LocalDate, Instance> byDate = new LinkedHashMap<>();
        if (pool.isEmpty()) {
            return;
        }
        instances.stream().filter(i -> i.shift().equals(pool.get(0).shift)).forEach(i -> byDate.put(i.date(), i));
        Horizon horizon = family.horizon();
        for (Member member : pool) {
            for (LocalDate date : member.worked) {
                workers.get(byDate.get(date)).add(member);
            }
            for (int week = 0; week < horizon.weeks(); week++) {
                LocalDate monday = horizon.from().plusWeeks(week);
                long days = member.worked.subSet(monday, monday.plusDays(7)).size();
                unavailable(member, monday, (int) days);
            }
        }
    }

    /**
     * Rule 7 asks for exactly min(days_per_week, available days). A member on leave works fewer days than
     * their contract, so every other day of the week on which an allowed shift runs is unavailable; a member
     * working their full contract may take a day of leave on a day off.
     */
    private void unavailable(Member member, LocalDate monday, int days) {
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            if (member.worked.contains(date)) {
                continue;
            }
            boolean runs = family.shifts().stream()
                    .anyMatch(s -> s.runsOn(date)
                            && (member.allowedShifts.isEmpty() || member.allowedShifts.contains(s.code())));
            boolean onLeave = days < member.daysPerWeek || random.nextInt(25) == 0;
            if (runs && onLeave) {
                member.unavailable.add(date);
            }
        }
    }

    private Member newMember(Shift shift, boolean canGoRemote, int team) {
        List<String> services = Family.SERVICES;
        String service;
        String employer;
        boolean remote;
        if (canGoRemote) {
            service = services.get(random.nextInt(services.size() - 1)); // never the office-only service
            employer = random.nextInt(4) == 0 ? family.authorised().get(0) : Operator.IN_HOUSE;
            remote = true;
        } else {
            service = services.get(random.nextInt(services.size()));
            int draw = random.nextInt(20);
            employer = family.unauthorised() != null && draw < 5
                    ? family.unauthorised()
                    : draw < 9 ? family.authorised().get(0) : Operator.IN_HOUSE;
            boolean unauthorised = employer.equals(family.unauthorised());
            boolean officeOnly = service.equals(Family.OFFICE_ONLY_SERVICE);
            // Outsourcer's operators often say yes though their employer is not authorised; others may be
            // eligible yet seated in the hidden plan, which leaves the solver a choice.
            remote = unauthorised ? random.nextInt(10) < 7 : !officeOnly && random.nextInt(7) == 0;
        }
        boolean remoteAllowed = remote
                && (employer.equals(Operator.IN_HOUSE) || family.authorised().contains(employer));
        List<String> skills = new ArrayList<>(List.of(service));
        for (int extra = random.nextInt(3); extra > 0; extra--) {
            String more = services.get(random.nextInt(services.size()));
            boolean allowed = !more.equals(Family.OFFICE_ONLY_SERVICE) || !remoteAllowed;
            if (allowed && !skills.contains(more)) {
                skills.add(more);
            }
        }
        return new Member(
                shift,
                employer,
                remote,
                service,
                skills,
                allowedShifts(shift),
                Math.min(shift.days().size(), contract()),
                "T" + (team + 1));
    }

    private Set<String> allowedShifts(Shift shift) {
        int draw = random.nextInt(20);
        if (draw < 11) {
            return Set.of();
        }
        if (draw < 16) {
            return Set.of(shift.code());
        }
        Shift other = family.shifts().get(random.nextInt(family.shifts().size()));
        return new TreeSet<>(List.of(shift.code(), other.code()));
    }

    /** Mostly five days; part-timers on three or four; a few on six. */
    private int contract() {
        int draw = random.nextInt(100);
        return draw < 72 ? 5 : draw < 82 ? 4 : draw < 92 ? 3 : 6;
    }
}
