#include "stringeditor.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace erp::app {

StringEditor::StringEditor(const FieldInfo &field, QWidget *parent)
    : FieldEditor(field, parent), m_edit(new QLineEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    if (field.length > 0)
        m_edit->setMaxLength(field.length);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

QCborValue StringEditor::value() const
{
    const QString text = m_edit->text();
    return text.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(text);
}

void StringEditor::setValue(const QCborValue &value, const QString &)
{
    m_edit->setText(value.isString() ? value.toString() : QString());
    m_edit->setCursorPosition(0);
}

void StringEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

} // namespace erp::app
