# The C++ package, as a user meets it: install the build into an empty prefix,
# then build tests/consumer/main.cpp against that prefix twice, with
# find_package(broadsheet) and with `pkg-config --cflags --libs broadsheet`,
# and run both on a Markdown article (md4c must be inside libbroadsheet.a).
# Run by ctest as: cmake -DBUILD=<build dir> -DSRC=<source dir> -DCXX=<compiler> -DGENERATOR=<generator> -P run.cmake
set(tmp "${BUILD}/consumer_test")
file(REMOVE_RECURSE "${tmp}")
set(prefix "${tmp}/prefix")

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (exit ${rc}):\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

function(expect_article what text)
  if(NOT text MATCHES "^broadsheet [0-9]+\\.[0-9]+\\.[0-9]+, [0-9]+ min\n<article"
     OR NOT text MATCHES "<h1 class=\"bs-headline\"[^>]*>The last night ferry")
    message(FATAL_ERROR "${what}: not the rendered article:\n${text}")
  endif()
endfunction()

run("cmake --install" ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${prefix}")
set(article "${SRC}/examples/articles/night-ferry.md")

# 1. CMake: find_package(broadsheet) and broadsheet::core.
run("configure the consumer" ${CMAKE_COMMAND} -S "${SRC}/tests/consumer" -B "${tmp}/cmake-build"
    -G "${GENERATOR}" -DCMAKE_BUILD_TYPE=Release "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_CXX_COMPILER=${CXX}")
run("build the consumer" ${CMAKE_COMMAND} --build "${tmp}/cmake-build")
run("run the CMake consumer" "${tmp}/cmake-build/consumer" "${article}")
expect_article("find_package consumer" "${out}")

# 2. pkg-config, from the installed broadsheet.pc alone.
find_program(PKG_CONFIG pkg-config REQUIRED)
set(ENV{PKG_CONFIG_LIBDIR} "")
file(GLOB pc_dirs LIST_DIRECTORIES true "${prefix}/lib*/pkgconfig" "${prefix}/lib/*/pkgconfig")
list(JOIN pc_dirs ":" pc_path)
set(ENV{PKG_CONFIG_PATH} "${pc_path}")
run("pkg-config" ${PKG_CONFIG} --cflags --libs broadsheet)
separate_arguments(flags UNIX_COMMAND "${out}")
run("compile with pkg-config's flags" ${CXX} -std=c++17 "${SRC}/tests/consumer/main.cpp" ${flags} -o "${tmp}/pc-consumer")
run("run the pkg-config consumer" "${tmp}/pc-consumer" "${article}")
expect_article("pkg-config consumer" "${out}")
