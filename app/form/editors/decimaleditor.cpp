#include "decimaleditor.h"

#include "form/decimalformat.h"
#include "form/valuetext.h"

#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLineEdit>

namespace erp::app {

DecimalEditor::DecimalEditor(const FieldInfo &field, QWidget *parent)
    : FieldEditor(field, parent), m_edit(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        readText();
        Q_EMIT edited();
    });
}

void DecimalEditor::readText()
{
    m_value.clear();
    m_error.clear();
    if (m_edit->text().trimmed().isEmpty())
        return;
    QString error;
    const auto canonical = parseDecimal(m_edit->text(), field().precision, field().scale, locale(), &error);
    if (canonical)
        m_value = *canonical;
    else
        m_error = error;
}

void DecimalEditor::showValue(bool editing)
{
    if (m_value.isEmpty()) {
        m_edit->clear();
        return;
    }
    QLocale shown = locale();
    if (editing)
        shown.setNumberOptions(shown.numberOptions() | QLocale::OmitGroupSeparator);
    m_edit->setText(formatDecimal(m_value, displayScale(field(), m_value), shown));
}

bool DecimalEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Text the user is still correcting (m_error) is left alone.
    if (watched == m_edit && m_error.isEmpty()) {
        if (event->type() == QEvent::FocusIn) {
            const bool allSelected = !m_edit->text().isEmpty() && m_edit->selectedText() == m_edit->text();
            showValue(true);
            if (allSelected)
                m_edit->selectAll();
        } else if (event->type() == QEvent::FocusOut
                   && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
            showValue(false);
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

QCborValue DecimalEditor::value() const
{
    return m_value.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(m_value);
}

void DecimalEditor::setValue(const QCborValue &value, const QString &)
{
    m_error.clear();
    m_value = value.isNull() || value.isUndefined() ? QString() : canonicalDecimal(value, field().scale);
    showValue(m_edit->hasFocus());
}

void DecimalEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

} // namespace erp::app
