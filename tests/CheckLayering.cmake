# SPDX-License-Identifier: GPL-3.0-or-later
# The layering of app/ (see app/CMakeLists.txt), checked on what each directory's files include.
# A header is a directory's when a file of that name is in it (the forms' ui_*.h are the widgets'),
# a Qt module's when its include directory holds that name. Run by CTest as Layering:
#   cmake -DAPP_DIR=<app> -DQT_HEADERS_DIR=<Qt's include directory> -P CheckLayering.cmake

cmake_minimum_required(VERSION 3.25)

# What the files of each directory must not include: other directories of app/ and Qt modules.
set(forbidden_core net store flows widgets cli devserver QtNetwork QtWidgets QtGui)
set(forbidden_net store flows widgets cli)
set(forbidden_store net flows widgets cli QtNetwork)
set(forbidden_flows widgets cli)
set(forbidden_widgets cli)
set(forbidden_cli widgets)
set(forbidden_devserver net store flows widgets cli)

foreach(variable APP_DIR QT_HEADERS_DIR)
    if(NOT IS_DIRECTORY "${${variable}}")
        message(FATAL_ERROR "CheckLayering.cmake: ${variable} is not a directory: '${${variable}}'")
    endif()
endforeach()

# The header names of each directory and module.
file(GLOB entries LIST_DIRECTORIES true RELATIVE "${APP_DIR}" "${APP_DIR}/*")
set(layers "")
set(problems "")
foreach(entry IN LISTS entries)
    if(IS_DIRECTORY "${APP_DIR}/${entry}")
        list(APPEND layers ${entry})
        if(NOT DEFINED forbidden_${entry})
            list(APPEND problems "app/${entry}/ has no rule in tests/CheckLayering.cmake")
        endif()
        file(GLOB headers_${entry} LIST_DIRECTORIES false RELATIVE "${APP_DIR}/${entry}"
            "${APP_DIR}/${entry}/*.h")
    endif()
endforeach()
file(GLOB forms LIST_DIRECTORIES false RELATIVE "${APP_DIR}/../ui" "${APP_DIR}/../ui/*.ui")
foreach(form IN LISTS forms)
    string(REGEX REPLACE "\\.ui$" ".h" form "${form}")
    list(APPEND headers_widgets "ui_${form}")
endforeach()
foreach(module QtNetwork QtWidgets QtGui)
    if(NOT IS_DIRECTORY "${QT_HEADERS_DIR}/${module}")
        message(FATAL_ERROR "CheckLayering.cmake: no ${QT_HEADERS_DIR}/${module}")
    endif()
    file(GLOB headers_${module} LIST_DIRECTORIES false RELATIVE "${QT_HEADERS_DIR}/${module}"
        "${QT_HEADERS_DIR}/${module}/*")
endforeach()

set(checked 0)
foreach(layer IN LISTS layers)
    file(GLOB sources "${APP_DIR}/${layer}/*.h" "${APP_DIR}/${layer}/*.cpp")
    foreach(source IN LISTS sources)
        math(EXPR checked "${checked} + 1")
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[^<\"]*[<\"]([^>\"]+)[>\"].*$" "\\1" included "${line}")
            get_filename_component(name "${included}" NAME)
            foreach(other IN LISTS forbidden_${layer})
                if(name IN_LIST headers_${other})
                    file(RELATIVE_PATH shown "${APP_DIR}/.." "${source}")
                    list(APPEND problems "${shown}: ${line}  (${layer} must not include ${other})")
                endif()
            endforeach()
        endforeach()
    endforeach()
endforeach()

if(problems)
    list(LENGTH problems count)
    list(JOIN problems "\n  " shown)
    message(FATAL_ERROR "Layering: ${count} violation(s):\n  ${shown}\n")
endif()
message(STATUS "Layering: ${checked} files in ${layers} checked, no violation")
