#include "classificationjob.h"

#include "subjectclasses.h"

#include "core/access.h"
#include "core/areas.h"
#include "core/jobs.h"
#include "crm/segmentrules.h"
#include "db/ddlobjects.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "rpc/params.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include "db/query.h"

namespace erp::reports {

using erp::protocol::ErrorCode;
using erp::rpc::CallContext;
using erp::rpc::Param;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

const QString Partners = QStringLiteral("partners");
const QString Products = QStringLiteral("products");

// The last day of the month before today's.
QDate lastClosedMonthEnd(const QDate &today)
{
    return QDate(today.year(), today.month(), 1).addDays(-1);
}

void storeRun(QSqlDatabase &db, const QString &kind, const QDate &periodEnd, int rows)
{
    erp::db::Query q(db);
    erp::db::execute(q,
                     QStringLiteral("UPDATE OR INSERT INTO RPT_CLASS_RUNS (SUBJECT_KIND, PERIOD_END, STORED_AT, SUBJECTS) "
                                    "VALUES (?, ?, ?, ?) MATCHING (SUBJECT_KIND, PERIOD_END)"),
                     {kind, periodEnd, QDateTime::currentDateTimeUtc(), rows});
}

void classifyJob(erp::core::JobContext &ctx)
{
    const QDate end = lastClosedMonthEnd(ctx.now.date());
    erp::db::Query q(ctx.db);
    erp::db::execute(q, QStringLiteral("SELECT 1 FROM RPT_CLASS_RUNS WHERE SUBJECT_KIND = ? AND PERIOD_END = ?"),
                     {Partners, end});
    if (!q.next())
        storeClassification(ctx.db, ctx.model, end);
}

QCborValue classifyNow(CallContext &ctx, const QCborMap &params)
{
    const QDate end = params.contains(QStringLiteral("month"))
                          ? erp::rpc::momentParam(params, QStringLiteral("month"), {}).toUTC().date()
                          : lastClosedMonthEnd(QDateTime::currentDateTimeUtc().date());
    const QDate monthEnd = QDate(end.year(), end.month(), 1).addMonths(1).addDays(-1);
    QCborMap out;
    out.insert(QStringLiteral("periodEnd"), monthEnd.toString(Qt::ISODate));
    out.insert(QStringLiteral("rows"), storeClassification(ctx.db, ctx.model, monthEnd));
    return out;
}

QCborValue partnerClasses(CallContext &ctx, const QCborMap &params)
{
    const qint64 partner = params.value(QStringLiteral("partner")).toInteger();
    const erp::meta::ObjectKind *kind = ctx.model.kind(Partners);
    const erp::core::RowFilter f = erp::core::AccessPolicy::rowFilter(ctx.user, *kind, QStringLiteral("t"));
    erp::db::Query q(ctx.db);
    erp::db::execute(q,
                     QStringLiteral("SELECT 1 FROM CAT_PARTNERS t WHERE t.ID = ?%1")
                         .arg(f.isEmpty() ? QString() : QStringLiteral(" AND ") + f.sql),
                     QVariantList{qlonglong(partner)} + f.binds);
    if (!q.next())
        erp::rpc::fail(ErrorCode::NotFound, Text::tr("partner: there is no partner %1").arg(partner),
                       QStringLiteral("partner"));
    erp::db::execute(q,
                     QStringLiteral("SELECT PERIOD_END, ABC, XYZ, VALUE_CENTS, CV, R, F, M FROM RPT_CLASSES "
                                    "WHERE SUBJECT_ID = ? AND SUBJECT_KIND = ? ORDER BY PERIOD_END DESC"),
                     {qlonglong(partner), Partners});
    QCborArray rows;
    while (q.next()) {
        QCborMap row;
        row.insert(QStringLiteral("period_end"), q.value(0).toDate().toString(Qt::ISODate));
        const QString abc = q.value(1).toString().trimmed(), xyz = q.value(2).toString().trimmed();
        row.insert(QStringLiteral("abc"), abc);
        row.insert(QStringLiteral("xyz"), xyz);
        row.insert(QStringLiteral("class"), abc + xyz);
        row.insert(QStringLiteral("revenue"), centsText(q.value(3).toLongLong()));
        row.insert(QStringLiteral("cv"), q.value(4).isNull() ? QCborValue(QCborValue::Null) : QCborValue(q.value(4).toString()));
        if (!q.value(5).isNull()) {
            const int r = q.value(5).toInt(), f2 = q.value(6).toInt(), m = q.value(7).toInt();
            row.insert(QStringLiteral("r"), r);
            row.insert(QStringLiteral("f"), f2);
            row.insert(QStringLiteral("m"), m);
            row.insert(QStringLiteral("rfm"), QStringLiteral("%1%2%3").arg(r).arg(f2).arg(m));
        }
        rows.append(row);
    }
    QCborMap out;
    out.insert(QStringLiteral("rows"), rows);
    return out;
}

// The partner's classification in the latest month stored at the segment's moment.
QString latestClass(const QString &condition)
{
    return QStringLiteral("p.ID IN (SELECT k.SUBJECT_ID FROM RPT_CLASSES k WHERE k.SUBJECT_KIND = 'partners' AND "
                          "k.PERIOD_END = (SELECT MAX(r.PERIOD_END) FROM RPT_CLASS_RUNS r WHERE r.SUBJECT_KIND = "
                          "'partners' AND r.PERIOD_END <= ?) AND %1)")
        .arg(condition);
}

QVariant day(const QDateTime &now)
{
    return now.toUTC().date();
}

void abcClassCriterion(erp::crm::CriterionContext &c)
{
    const QString v = c.rule.value(QStringLiteral("value")).toString().trimmed().toUpper();
    static const QString abc = QStringLiteral("ABC"), xyz = QStringLiteral("XYZ");
    const bool one = v.size() == 1 && abc.contains(v);
    const bool two = v.size() == 2 && abc.contains(v.at(0)) && xyz.contains(v.at(1));
    if (!one && !two)
        c.refuse(QStringLiteral("value"), Text::tr("the class is A, B or C, or with XYZ as in AX"));
    c.sql.conditions.append(latestClass(two ? QStringLiteral("k.ABC = ? AND k.XYZ = ?") : QStringLiteral("k.ABC = ?")));
    c.sql.binds.append(day(c.now));
    c.sql.binds.append(QString(v.at(0)));
    if (two)
        c.sql.binds.append(QString(v.at(1)));
}

void rfmScoreCriterion(erp::crm::CriterionContext &c)
{
    const QCborValue count = c.rule.value(QStringLiteral("count"));
    if (!count.isInteger() || count.toInteger() < 3 || count.toInteger() > 15)
        c.refuse(QStringLiteral("count"), Text::tr("the RFM score is the sum of R, F and M, from 3 to 15"));
    const bool atMost = c.rule.value(QStringLiteral("comparison")).toString() == QLatin1String("at_most");
    c.sql.conditions.append(latestClass(QStringLiteral("k.R + k.F + k.M %1 ?").arg(atMost ? u"<=" : u">=")));
    c.sql.binds.append(day(c.now));
    c.sql.binds.append(count.toInteger());
}

} // namespace

bool ensureClassTables(QSqlDatabase &db, QString *error)
{
    return erp::db::ensureObjects(
        db,
        {{"RPT_CLASSES", true,
          "CREATE TABLE RPT_CLASSES (SUBJECT_KIND VARCHAR(10) NOT NULL, SUBJECT_ID BIGINT NOT NULL, "
          "PERIOD_END DATE NOT NULL, VALUE_CENTS BIGINT NOT NULL, ABC VARCHAR(1) NOT NULL, XYZ VARCHAR(1) NOT NULL, "
          "CV NUMERIC(12, 2), R SMALLINT, F SMALLINT, M SMALLINT, PRIMARY KEY (SUBJECT_KIND, PERIOD_END, SUBJECT_ID))"},
         {"RPT_CLASSES_SUBJECT", false, "CREATE INDEX RPT_CLASSES_SUBJECT ON RPT_CLASSES (SUBJECT_ID, PERIOD_END)"},
         {"RPT_CLASS_RUNS", true,
          "CREATE TABLE RPT_CLASS_RUNS (SUBJECT_KIND VARCHAR(10) NOT NULL, PERIOD_END DATE NOT NULL, "
          "STORED_AT TIMESTAMP NOT NULL, SUBJECTS INTEGER NOT NULL, PRIMARY KEY (SUBJECT_KIND, PERIOD_END))"}},
        error);
}

int storeClassification(QSqlDatabase &db, const erp::meta::Model &model, const QDate &periodEnd)
{
    const QDate first = QDate(periodEnd.year(), periodEnd.month(), 1).addMonths(-11);
    const MonthSpan span{first, 12};
    erp::db::Query q(db);
    int stored = 0;
    for (const QString &kind : {Partners, Products}) {
        erp::db::execute(q, QStringLiteral("DELETE FROM RPT_CLASSES WHERE SUBJECT_KIND = ? AND PERIOD_END = ?"),
                         {kind, periodEnd});
        const QList<ClassifiedSubject> subjects = classifySubjects(db, erp::core::systemUser(), model, kind == Products,
                                                                   QStringLiteral("revenue"), span, {}, {});
        QHash<qint64, RfmScore> rfm;
        if (kind == Partners)
            for (const RfmScore &s : rfmScores(db, erp::core::systemUser(), model, span))
                rfm.insert(s.id, s);
        const QString insert(QStringLiteral("INSERT INTO RPT_CLASSES (SUBJECT_KIND, SUBJECT_ID, PERIOD_END, VALUE_CENTS, ABC, XYZ, CV, "
                                 "R, F, M) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS NUMERIC(12, 2)), ?, ?, ?)"));
        for (const ClassifiedSubject &s : subjects) {
            const auto score = rfm.constFind(s.id);
            const bool scored = score != rfm.constEnd();
            erp::db::execute(q, insert,
                             {kind, s.id, periodEnd, qlonglong(s.value), QString(QLatin1Char(s.abc)),
                              QString(QLatin1Char(s.xyz)), s.cv ? QVariant(QString::number(*s.cv, 'f', 2)) : QVariant(),
                              scored ? QVariant(score->r) : QVariant(), scored ? QVariant(score->f) : QVariant(),
                              scored ? QVariant(score->m) : QVariant()});
        }
        storeRun(db, kind, periodEnd, int(subjects.size()));
        stored += int(subjects.size());
    }
    return stored;
}

void addClassification(erp::core::AreaRegistry &areas)
{
    areas.addJob({QStringLiteral("reports.classification"), std::chrono::hours(6), classifyJob, {}, {}});
    areas.addMethod({QStringLiteral("reports.classify"), QStringLiteral("admin"),
                     QStringLiteral("Stores the ABC/XYZ and RFM classes of clients and products for the twelve months "
                                    "ending with a month now (the nightly job does it for the last closed month): "
                                    "{month?} -> {periodEnd, rows}."),
                     erp::rpc::Access::Write, classifyNow, {Param::moment(QStringLiteral("month"))}});
    areas.addMethod({QStringLiteral("reports.partnerClasses"), QStringLiteral("read"),
                     QStringLiteral("A client's stored classes, newest month first: {partner} -> {rows: [{period_end, "
                                    "abc, xyz, class, revenue, cv, r, f, m, rfm}]}."),
                     erp::rpc::Access::Read, partnerClasses, {Param::integer(QStringLiteral("partner"), 1).require()}});
    erp::crm::addSegmentCriterion(QStringLiteral("abc_class"), abcClassCriterion);
    erp::crm::addSegmentCriterion(QStringLiteral("rfm_score"), rfmScoreCriterion);
}

} // namespace erp::reports
