#include "areas.h"

#include "metadata/model.h"

#include <QSet>

namespace erp::core {

const BasedOnRule *AreaRegistry::basedOn(const QString &source, const QString &target) const
{
    for (const BasedOnRule &r : m_basedOn)
        if (r.source == source && r.target == target)
            return &r;
    return nullptr;
}

QList<const BasedOnRule *> AreaRegistry::basedOnFrom(const QString &source) const
{
    QList<const BasedOnRule *> out;
    for (const BasedOnRule &r : m_basedOn)
        if (r.source == source)
            out.append(&r);
    return out;
}

const ReportDefinition *AreaRegistry::report(const QString &name) const
{
    for (const ReportDefinition &r : m_reports)
        if (r.name == name)
            return &r;
    return nullptr;
}

namespace {

// A report's name is unique, its columns and parameters name declared catalogs, its chart its
// own columns.
bool checkReports(const QList<ReportDefinition> &reports, const erp::meta::Model &model, QString *error)
{
    QStringList names;
    for (const ReportDefinition &r : reports) {
        const QString what = QStringLiteral("the report \"%1\"").arg(r.name);
        if (names.contains(r.name) || !r.run || r.columns.isEmpty()) {
            *error = QStringLiteral("%1 is declared twice, has no function or no columns").arg(what);
            return false;
        }
        names.append(r.name);
        QStringList columns;
        for (const ReportColumn &c : r.columns) {
            columns.append(c.name);
            if (!c.catalog.isEmpty() && !model.kind(c.catalog)) {
                *error = QStringLiteral("%1: column %2 names \"%3\", which is no declared kind").arg(what, c.name, c.catalog);
                return false;
            }
        }
        for (const ReportParameter &p : r.params)
            if (!p.catalog.isEmpty() && !model.kind(p.catalog)) {
                *error = QStringLiteral("%1: parameter %2 names \"%3\", which is no declared kind")
                             .arg(what, p.param.name, p.catalog);
                return false;
            }
        if (r.chart) {
            QStringList charted = QStringList(r.chart->series) << r.chart->category;
            if (!r.chart->group.isEmpty())
                charted << r.chart->group;
            for (const auto &[name, title] : r.chart->titles)
                columns.append(name);
            for (const QString &c : std::as_const(charted))
                if (!columns.contains(c)) {
                    *error = QStringLiteral("%1: its chart names the column \"%2\", which it has not").arg(what, c);
                    return false;
                }
        }
    }
    return true;
}

} // namespace

bool AreaRegistry::check(const erp::meta::Model &model, QString *error) const
{
    if (!checkReports(m_reports, model, error))
        return false;
    auto document = [&](const QString &name, const QString &what) {
        const erp::meta::ObjectKind *k = model.kind(name);
        if (!k || !k->isDocument()) {
            *error = QStringLiteral("%1 names \"%2\", which is no declared document").arg(what, name);
            return false;
        }
        return true;
    };
    QStringList printForms;
    for (const PrintFormDefinition &f : m_printForms) {
        if (!document(f.kind, QStringLiteral("the print form \"%1\"").arg(f.name)))
            return false;
        if (printForms.contains(f.name)) {
            *error = QStringLiteral("the print form \"%1\" is registered twice").arg(f.name);
            return false;
        }
        printForms.append(f.name);
    }
    for (auto it = m_postings.constBegin(); it != m_postings.constEnd(); ++it)
        if (!document(it.key(), QStringLiteral("a posting")))
            return false;
    for (auto it = m_recalculations.constBegin(); it != m_recalculations.constEnd(); ++it)
        if (!model.kind(it.key())) {
            *error = QStringLiteral("a recalculation names \"%1\", which is no declared kind").arg(it.key());
            return false;
        }
    for (auto it = m_checklists.constBegin(); it != m_checklists.constEnd(); ++it)
        if (!document(it.key(), QStringLiteral("a checklist")))
            return false;
    for (const BasedOnRule &r : m_basedOn) {
        const QString what = QStringLiteral("the \"based on\" rule %1 -> %2").arg(r.source, r.target);
        if (!document(r.source, what) || !document(r.target, what))
            return false;
        if (r.lines != BasedOnRule::Lines::Copy) {
            const erp::meta::Register *reg = model.findRegister(r.openRegister);
            if (!reg || !reg->field(r.openResource)) {
                *error = QStringLiteral("%1: no register resource %2.%3").arg(what, r.openRegister, r.openResource);
                return false;
            }
            for (auto d = r.openDimensions.constBegin(); d != r.openDimensions.constEnd(); ++d)
                if (!reg->field(d.key())) {
                    *error = QStringLiteral("%1: %2 has no dimension %3").arg(what, r.openRegister, d.key());
                    return false;
                }
        }
    }
    for (auto it = m_effects.constBegin(); it != m_effects.constEnd(); ++it)
        if (!document(it.key(), QStringLiteral("a transition effect")))
            return false;
    QSet<QString> jobs;
    for (const Job &j : m_jobs) {
        if (j.name.isEmpty() || !j.run || j.interval.count() < 0 || jobs.contains(j.name)) {
            *error = QStringLiteral("the job \"%1\" needs a unique name, a function and an interval >= 0").arg(j.name);
            return false;
        }
        jobs.insert(j.name);
    }
    for (const erp::meta::ObjectKind &k : model.kinds()) {
        const erp::meta::Workflow *w = model.workflowOf(k);
        if (!w)
            continue;
        for (const erp::meta::WorkflowTransition &t : w->transitions)
            if (!t.guard.isEmpty() && !m_guards.contains(t.guard)) {
                *error = QStringLiteral("workflow %1: transition %2 names the guard \"%3\", which no area registers")
                             .arg(w->name, t.name, t.guard);
                return false;
            }
    }
    return true;
}

} // namespace erp::core
