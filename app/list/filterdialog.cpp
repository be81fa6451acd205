#include "filterdialog.h"

#include "core/clientsession.h"
#include "form/fieldeditor.h"
#include "form/editors/refeditor.h"
#include "form/valuetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace erp::app {

namespace {

struct Operator
{
    const char *op;
    const char *label;
};

// Operators with the symbols clerks know; "contains" and "starts with" for text only.
const QList<Operator> &operators()
{
    static const QList<Operator> list{
        {"=", QT_TRANSLATE_NOOP("FilterDialog", "=")},
        {"!=", QT_TRANSLATE_NOOP("FilterDialog", "≠")},
        {"<", QT_TRANSLATE_NOOP("FilterDialog", "<")},
        {"<=", QT_TRANSLATE_NOOP("FilterDialog", "≤")},
        {">", QT_TRANSLATE_NOOP("FilterDialog", ">")},
        {">=", QT_TRANSLATE_NOOP("FilterDialog", "≥")},
        {"contains", QT_TRANSLATE_NOOP("FilterDialog", "contains")},
        {"startsWith", QT_TRANSLATE_NOOP("FilterDialog", "starts with")},
        {"isNull", QT_TRANSLATE_NOOP("FilterDialog", "is empty")},
        {"notNull", QT_TRANSLATE_NOOP("FilterDialog", "is not empty")},
    };
    return list;
}

bool applies(const FieldInfo &field, const QString &op)
{
    const bool text = field.type == QLatin1String("string");
    const bool ordered = field.isNumeric() || field.type == QLatin1String("integer") || field.type == QLatin1String("date")
                         || field.type == QLatin1String("datetime") || text;
    if (op == QLatin1String("contains") || op == QLatin1String("startsWith"))
        return text;
    if (op == QLatin1String("<") || op == QLatin1String("<=") || op == QLatin1String(">") || op == QLatin1String(">="))
        return ordered;
    return true;
}

bool needsValue(const QString &op)
{
    return op != QLatin1String("isNull") && op != QLatin1String("notNull");
}

QList<FieldInfo> filterable(const KindInfo &kind)
{
    QList<FieldInfo> out;
    for (const FieldInfo &f : kind.fields)
        if (f.type != QLatin1String("text"))
            out.append(f);
    return out;
}

} // namespace

FilterDialog::FilterDialog(ClientSession *session, const KindInfo &kind, const QCborArray &filters, QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(kind), m_grid(new QGridLayout)
{
    setWindowTitle(tr("Filter: %1").arg(kind.title));
    setObjectName(QStringLiteral("filterDialog"));
    auto *add = new QPushButton(tr("&Add condition"), this);
    add->setObjectName(QStringLiteral("addCondition"));
    connect(add, &QPushButton::clicked, this, [this] { addCondition(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *clear = buttons->addButton(tr("&Clear all"), QDialogButtonBox::ResetRole);
    connect(clear, &QPushButton::clicked, this, [this] {
        for (Row &row : m_rows) {
            delete row.field;
            delete row.op;
            delete row.value;
            delete row.remove;
        }
        m_rows.clear();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &FilterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_grid);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(720, 300);
    for (const QCborValue &f : filters) {
        const QCborMap c = f.toMap();
        addCondition(c.value(QStringLiteral("field")).toString(), c.value(QStringLiteral("op")).toString(QStringLiteral("=")),
                     c.value(QStringLiteral("value")));
    }
    if (m_rows.isEmpty())
        addCondition();
}

void FilterDialog::addCondition(const QString &field, const QString &op, const QCborValue &value)
{
    Row row;
    row.field = new QComboBox(this);
    row.field->setObjectName(QStringLiteral("conditionField"));
    for (const FieldInfo &f : filterable(m_kind))
        row.field->addItem(f.title, f.name);
    if (!field.isEmpty())
        row.field->setCurrentIndex(qMax(0, row.field->findData(field)));
    else
        row.field->setCurrentIndex(qMax(0, row.field->findData(QStringLiteral("name"))));
    row.op = new QComboBox(this);
    row.op->setObjectName(QStringLiteral("conditionOp"));
    row.remove = new QToolButton(this);
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setToolTip(tr("Remove this condition"));
    const int line = m_grid->rowCount();
    m_grid->addWidget(row.field, line, 0);
    m_grid->addWidget(row.op, line, 1);
    m_grid->addWidget(row.remove, line, 3);
    m_grid->setColumnStretch(2, 1);
    m_rows.append(row);
    const int index = int(m_rows.size()) - 1;
    fillOperators(m_rows[index], op.isEmpty() ? QStringLiteral("=") : op);
    rebuildValue(m_rows[index], value);
    QComboBox *fieldBox = row.field;
    QComboBox *opBox = row.op;
    connect(fieldBox, &QComboBox::currentIndexChanged, this, [this, fieldBox] {
        for (Row &r : m_rows)
            if (r.field == fieldBox) {
                fillOperators(r, r.op->currentData().toString());
                rebuildValue(r, {});
            }
    });
    connect(opBox, &QComboBox::currentIndexChanged, this, [this, opBox] {
        for (Row &r : m_rows)
            if (r.op == opBox && r.value)
                r.value->setEnabled(needsValue(r.op->currentData().toString()));
    });
    QToolButton *removeButton = row.remove;
    connect(removeButton, &QToolButton::clicked, this, [this, removeButton] {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].remove != removeButton)
                continue;
            delete m_rows[i].field;
            delete m_rows[i].op;
            delete m_rows[i].value;
            m_rows[i].remove->deleteLater();
            m_rows.removeAt(i);
            return;
        }
    });
}

void FilterDialog::fillOperators(Row &row, const QString &selected)
{
    const FieldInfo *field = m_kind.field(row.field->currentData().toString());
    const QSignalBlocker block(row.op);
    row.op->clear();
    for (const Operator &o : operators())
        if (field && applies(*field, QString::fromLatin1(o.op)))
            row.op->addItem(tr(o.label), QString::fromLatin1(o.op));
    row.op->setCurrentIndex(qMax(0, row.op->findData(selected)));
}

void FilterDialog::rebuildValue(Row &row, const QCborValue &value)
{
    delete row.value;
    row.value = nullptr;
    const FieldInfo *field = m_kind.field(row.field->currentData().toString());
    if (!field)
        return;
    FieldInfo loose = *field;
    loose.required = false;
    row.value = createFieldEditor(loose, m_session, this);
    row.value->setObjectName(QStringLiteral("conditionValue"));
    if (!value.isUndefined())
        row.value->setValue(value);
    row.value->setEnabled(needsValue(row.op->currentData().toString()));
    for (int line = 0; line < m_grid->rowCount(); ++line)
        if (m_grid->itemAtPosition(line, 0) && m_grid->itemAtPosition(line, 0)->widget() == row.field)
            m_grid->addWidget(row.value, line, 2);
}

QCborArray FilterDialog::filters() const
{
    QCborArray out;
    for (const Row &row : m_rows) {
        QCborMap c;
        const QString op = row.op->currentData().toString();
        c.insert(QStringLiteral("field"), row.field->currentData().toString());
        c.insert(QStringLiteral("op"), op);
        if (needsValue(op)) {
            const QCborValue v = row.value ? row.value->value() : QCborValue();
            if (v.isNull() || (v.isString() && v.toString().isEmpty()))
                continue; // an empty value means "no condition", not "equals nothing"
            c.insert(QStringLiteral("value"), v);
            if (auto *ref = qobject_cast<RefEditor *>(row.value))
                c.insert(QStringLiteral("display"), ref->displayText()); // for the filter bar; the server ignores it
        }
        out.append(c);
    }
    return out;
}

void FilterDialog::accept()
{
    for (const Row &row : m_rows) {
        if (row.value && needsValue(row.op->currentData().toString()) && !row.value->inputError().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), QStringLiteral("%1: %2").arg(row.field->currentText(), row.value->inputError()));
            row.value->setFocus();
            return;
        }
    }
    QDialog::accept();
}

QString FilterDialog::describe(const KindInfo &kind, const QCborArray &filters, ClientSession *session)
{
    QStringList parts;
    for (const QCborValue &f : filters) {
        const QCborMap c = f.toMap();
        const FieldInfo *field = kind.field(c.value(QStringLiteral("field")).toString());
        if (!field)
            continue;
        QString label = c.value(QStringLiteral("op")).toString();
        for (const Operator &o : operators())
            if (label == QLatin1String(o.op))
                label = tr(o.label);
        QString value;
        if (c.contains(QStringLiteral("display")))
            value = c.value(QStringLiteral("display")).toString();
        else if (c.contains(QStringLiteral("value")))
            value = displayValue(*field, c.value(QStringLiteral("value")), QString(), session);
        parts.append(QStringLiteral("%1 %2 %3").arg(field->title, label, value).trimmed());
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace erp::app
