# erp_add_test(NAME SOURCES... LIBS ...): one QtTest executable registered with CTest.
function(erp_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ERP_SERVER_BIN=$<TARGET_FILE_DIR:erp-server>/erp-server;ERP_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        LABELS "${ARG_LABELS}")
endfunction()
