#include "integereditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

#include <limits>

namespace erp::app {

IntegerEditor::IntegerEditor(const FieldInfo &field, QWidget *parent)
    : FieldEditor(field, parent), m_edit(new QLineEdit(this)), m_value(QCborValue::Null)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // The range is checked in readText(): a validator cannot tell 19 nines from int64's maximum.
    m_edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[+\\-]?[0-9]{0,19}")), m_edit));
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        readText();
        Q_EMIT edited();
    });
}

void IntegerEditor::readText()
{
    m_value = QCborValue(QCborValue::Null);
    m_error.clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (ok) {
        m_value = number;
        return;
    }
    const bool hasDigits = text.contains(QRegularExpression(QStringLiteral("[0-9]")));
    m_error = hasDigits ? tr("must be a whole number between %1 and %2")
                              .arg(std::numeric_limits<qint64>::min())
                              .arg(std::numeric_limits<qint64>::max())
                        : tr("\"%1\" is not a whole number").arg(text);
}

QCborValue IntegerEditor::value() const
{
    return m_value;
}

void IntegerEditor::setValue(const QCborValue &value, const QString &)
{
    m_edit->setText(value.isInteger() ? QString::number(value.toInteger()) : QString());
    readText();
}

void IntegerEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

} // namespace erp::app
